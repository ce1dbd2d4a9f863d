import { describe, expect, it } from '@jest/globals';
import { assignmentTabs, currentTab, nextTransition } from './assignment-tabs';

describe("an assignment's page", () => {
  it('shows only the overview of a draft, and the candidates once published', () => {
    expect(assignmentTabs('draft')).toEqual(['overview']);
    expect(assignmentTabs('published')).toEqual(['overview', 'matches', 'responses', 'compare']);
    expect(assignmentTabs('filled')).toEqual(['overview', 'matches', 'responses', 'compare']);
  });

  it('opens on the overview of a draft and on the matches otherwise, unless the URL names a tab', () => {
    expect(currentTab('draft', null)).toBe('overview');
    expect(currentTab('published', null)).toBe('matches');
    expect(currentTab('published', 'responses')).toBe('responses');
  });

  it('offers publish, close or reopen by status, and nothing once filled', () => {
    expect(nextTransition('draft')).toBe('publish');
    expect(nextTransition('published')).toBe('close');
    expect(nextTransition('closed')).toBe('reopen');
    expect(nextTransition('filled')).toBeNull();
  });
});
