import { describe, expect, it } from '@jest/globals';
import { ASSIGNMENT_STATUSES, AssignmentStatus } from '../entities/assignment.entity';
import {
  ASSIGNMENT_ACTIONS,
  AssignmentAction,
  editableFields,
  nextAssignmentStatus,
} from './assignment-state-machine';

const ALLOWED: Record<string, AssignmentStatus> = {
  'draft publish': 'published',
  'published close': 'closed',
  'closed reopen': 'published',
  'published fill': 'filled',
  'closed fill': 'filled',
};

describe('assignment state machine', () => {
  const cases = ASSIGNMENT_STATUSES.flatMap((from) =>
    ASSIGNMENT_ACTIONS.map(
      (action): [AssignmentStatus, AssignmentAction, AssignmentStatus | null] => [
        from,
        action,
        ALLOWED[`${from} ${action}`] ?? null,
      ],
    ),
  );

  it.each(cases)('%s --%s--> %s', (from, action, to) => {
    expect(nextAssignmentStatus(from, action)).toBe(to);
  });

  it('allows every field on drafts, a few once published or closed, none once filled', () => {
    expect(editableFields('draft')).toBe('all');
    expect(editableFields('published')).toEqual([
      'description',
      'startDate',
      'endDate',
      'hoursPerWeek',
      'maxDayRate',
      'remoteShare',
    ]);
    expect(editableFields('closed')).toEqual(editableFields('published'));
    expect(editableFields('filled')).toEqual([]);
  });
});
