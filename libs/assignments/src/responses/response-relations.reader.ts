import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';

/** What an interim's responses say about their ties to some organisations. */
export interface ResponseRelation {
  /** Any response to one of the organisations' assignments, even a withdrawn one. */
  responded: boolean;
  /** A response that was not withdrawn. */
  standing: boolean;
}

/** Responses between one interim and a set of organisations, for other libraries. */
@Injectable()
export class ResponseRelations {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async between(
    interimId: string,
    organisationIds: string[],
    manager?: EntityManager,
  ): Promise<ResponseRelation> {
    if (!organisationIds.length) return { responded: false, standing: false };
    const responses = sql(manager ?? this.dataSource)
      .selectFrom('responses')
      .where('interimId', '=', interimId)
      .where('organisationId', '=', (eb) => eb.fn.any(eb.val(organisationIds)));
    const row = await sql(manager ?? this.dataSource)
      .selectNoFrom((eb) => [
        eb.exists(responses.select('id')).as('responded'),
        eb.exists(responses.select('id').where('status', '<>', 'withdrawn')).as('standing'),
      ])
      .executeTakeFirstOrThrow();
    return { responded: Boolean(row.responded), standing: Boolean(row.standing) };
  }
}
