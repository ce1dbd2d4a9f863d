import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@gilde/kernel';
import {
  CREDENTIAL_STATUSES,
  CREDENTIAL_TYPES,
  CredentialStatus,
  CredentialType,
} from '../entities/credential.entity';

export class CredentialListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CREDENTIAL_STATUSES, description: 'Effective state today' })
  @IsOptional()
  @IsIn(CREDENTIAL_STATUSES)
  status?: CredentialStatus;
}

export class AdminCredentialView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) interimId!: string;
  @ApiProperty() interimName!: string;
  @ApiProperty({ enum: CREDENTIAL_TYPES }) type!: CredentialType;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) validUntil!: string;
  @ApiProperty({ enum: CREDENTIAL_STATUSES }) status!: CredentialStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) verifiedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) verifiedBy!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) suspendedAt!: string | null;
}

export class AdminCredentialPage {
  @ApiProperty({ type: [AdminCredentialView] }) items!: AdminCredentialView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
