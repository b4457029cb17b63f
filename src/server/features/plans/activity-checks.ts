/** Checks shared by adding and changing an activity: its area (PLAN-ACTIVITY-AREA), goals and administration. */
import { ruleViolation } from '../../../domain/errors.ts';
import type { ActivityData } from '../../../domain/plans.ts';
import { planActivityArea } from '../../../domain/rules/plans.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import { type Trx, badReference } from './edit-plan.ts';
import { toSnapshot } from './present.ts';
import type { PlanDetails } from './queries.ts';

export type ActivityFields = {
  interventionAreaId: string;
  carriedOutBy: string;
  administrationId: string | null;
  goalIds: string[];
};

export async function checkActivity(trx: Trx, plan: PlanDetails, activity: ActivityData & ActivityFields): Promise<void> {
  // PLAN-ACTIVITY-AREA on the plan as it would be, before anything is written.
  const snapshot = toSnapshot(plan);
  snapshot.activities = [activity];
  snapshot.budgetLines = [];
  const area = planActivityArea.check(snapshot);
  if (area.length > 0) throw ruleViolation(area.map((f) => ({ ...toViolation(f), path: 'body.interventionAreaId' })));
  const i = activity.goalIds.findIndex((id) => !plan.goals.some((g) => g.id === id));
  if (i >= 0) throw badReference(`body.goalIds.${i}`, { da: 'Målet', en: 'The goal' });
  if ((activity.carriedOutBy === 'plan_staff') !== (activity.administrationId === null)) {
    throw ruleViolation([
      {
        rule: 'SCHEMA',
        path: 'body.administrationId',
        message: {
          da: 'Angiv en forvaltning, præcis når en forvaltning udfører aktiviteten',
          en: 'Name an administration exactly when one carries the activity out',
        },
      },
    ]);
  }
  if (activity.administrationId !== null) {
    const adm = await trx
      .selectFrom('administration')
      .select('id')
      .where('id', '=', activity.administrationId)
      .where('municipalityId', '=', plan.plan.municipalityId)
      .executeTakeFirst();
    if (!adm) throw badReference('body.administrationId', { da: 'Forvaltningen', en: 'The administration' });
  }
}

export async function writeActivityGoals(trx: Trx, activityId: string, goalIds: string[]): Promise<void> {
  await trx.deleteFrom('activityGoal').where('activityId', '=', activityId).execute();
  if (goalIds.length) await trx.insertInto('activityGoal').values(goalIds.map((goalId) => ({ activityId, goalId }))).execute();
}
