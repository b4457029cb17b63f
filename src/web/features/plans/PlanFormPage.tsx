/** The frame of the forms for a plan's content: loads the plan, checks it may be changed, renders the form. */
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Plan } from '../../../domain/schemas/plans.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { usePlan } from './plan-access.ts';
import { planTexts } from './texts.ts';

/** A problem found before sending, as the API would name it (see `invalid`). */
export type Problem = { path: string; message: string; rule: string };

export function PlanFormPage({ title, children }: { title: (plan: Plan) => string; children: (plan: Plan, version: number, reload: () => void) => ReactNode }) {
  const t = useTexts(commonTexts, planTexts);
  const { id } = useParams();
  const { plan, editable } = usePlan(id);
  return (
    <>
      <BackLink to={`/planer/${id}`} page={plan.data?.name ?? t('plans.backToPlan')} />
      <Loaded resources={[plan]}>
        {() =>
          editable ? (
            children(plan.data!, plan.version ?? plan.data!.version, plan.reload)
          ) : (
            <Page title={title(plan.data!)}>
              <Alert variant="error">{t('common.forbidden')}</Alert>
            </Page>
          )
        }
      </Loaded>
    </>
  );
}
