import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { sql } from '@gilde/kernel';
import { RespondentFacts } from './respondent-facts';
import { RespondentResponse, ResponseRecord } from './responses.reader';

/**
 * Adds to responses what their organisation needs to judge them: the respondent's name,
 * headline and match score, and the assignment's budget. One batch per source, whatever the
 * number of responses.
 */
@Injectable()
export class Respondents {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
    private readonly facts: RespondentFacts,
  ) {}

  async describe(records: ResponseRecord[]): Promise<RespondentResponse[]> {
    if (!records.length) return [];
    const [budgets, people, facts] = await Promise.all([
      sql(this.dataSource)
        .selectFrom('assignments')
        .select(['id', 'maxDayRate'])
        .where('id', '=', (eb) => eb.fn.any(eb.val(records.map((r) => r.assignmentId))))
        .execute(),
      this.directory.contacts(records.map((r) => r.interimId)),
      this.facts.describe(records),
    ]);
    const budget = new Map(budgets.map((b) => [b.id, b.maxDayRate]));
    return records.flatMap((r) => {
      const person = people.get(r.interimId);
      if (!person || !budget.has(r.assignmentId)) return [];
      const fact = facts.get(`${r.assignmentId}:${r.interimId}`);
      return [
        {
          ...r,
          displayName: person.displayName,
          headline: fact?.headline ?? null,
          matchScore: fact?.matchScore ?? null,
          maxDayRate: budget.get(r.assignmentId) ?? null,
        },
      ];
    });
  }
}
