import { describe, expect, it } from 'vitest';
import { planStatuses } from '../../../domain/plans.ts';
import { editableStatuses } from '../../../domain/workflow.ts';
import { editableInWeb } from './plan-access.ts';

describe('which plans the web shows editable', () => {
  it('every status the server edits (editPlan asks editableStatuses), and no other', () => {
    for (const status of planStatuses) expect(editableInWeb(status), status).toBe(editableStatuses.has(status));
  });
  it('a change being drafted (revision_draft) is editable like a draft; a committed plan is not', () => {
    expect(planStatuses.filter(editableInWeb)).toEqual(['draft', 'revision_draft']);
  });
});
