import { Global, Module } from '@nestjs/common';
import { ContractRelations } from '@gilde/profiles';
import { ContractRelationsReader } from './contract-relations.reader';

/** Provides the profiles library's `ContractRelations` port to every module of the app. */
@Global()
@Module({
  providers: [{ provide: ContractRelations, useClass: ContractRelationsReader }],
  exports: [ContractRelations],
})
export class ContractRelationsModule {}
