/** One plan loaded with its version, and whether the user may change it (the server's policy). */
import type { Target } from '../../../domain/authorization.ts';
import type { PlanStatus } from '../../../domain/plans.ts';
import type { Plan } from '../../../domain/schemas/plans.ts';
import { editableStatuses } from '../../../domain/workflow.ts';
import { useGet } from '../../cache.ts';
import { useSession } from '../../session.tsx';
import { apiPath } from '../../api.ts';

/** As the server decides plan.write: the lead organisation, the plan's municipality and area, a draft. */
export const writeTarget = (plan: Plan): Target => ({
  municipalityId: plan.municipalityId,
  housingOrganisationIds: [plan.housingOrganisationId],
  urbanAreaId: plan.urbanAreaId,
  draft: plan.status === 'draft',
});

/** Whether a plan in this status shows its edit forms: the statuses the API edits (APP-LOCK), and only those. */
export const editableInWeb = (status: PlanStatus): boolean => editableStatuses.has(status);

export const planPath = (id: string) => apiPath('/api/plans/{id}', { id });

export function usePlan(id: string | undefined) {
  const { may } = useSession();
  const plan = useGet(id ? planPath(id) : null);
  const data = plan.data;
  const mayWrite = data ? may('plan.write', writeTarget(data)) : false;
  return { plan, mayWrite, editable: mayWrite && data !== undefined && editableInWeb(data.status) };
}

/** Who may start a new plan: the same policy as the server, with the user's own scope. */
export function useMayCreatePlan(): boolean {
  const { me, may } = useSession();
  if (!me) return false;
  if (me.role === 'housing_staff') {
    return me.scope.housingOrganisationId !== null && may('plan.write', { housingOrganisationIds: [me.scope.housingOrganisationId] });
  }
  return me.scope.municipalityId !== null && may('plan.write', { municipalityId: me.scope.municipalityId });
}
