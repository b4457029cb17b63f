/**
 * APP-CONTRACTS-WITH-PLANS in the decision form: before the City Council's approval of a plan is
 * recorded, the draft contracts of the plan's urban area are shown, each ticked; the decision names
 * the ticked ones and approves them with the plan. A contract left unticked stays a draft. The
 * timeline shows what each decision approved.
 */
import { Link } from 'react-router';
import type { Decision } from '../../../domain/schemas/approval.ts';
import type { ContractSummary } from '../../../domain/schemas/contracts.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { CheckboxGroup } from '../../components/Fields.tsx';
import { useTexts } from '../../texts.ts';
import { approvalTexts } from './texts.ts';

/** The draft contracts of the urban area (none while `urbanAreaId` is null, or until they are read). */
export function useAreaDrafts(urbanAreaId: string | null): ContractSummary[] {
  const list = useGet(urbanAreaId ? apiPath('/api/contracts', { urbanAreaId, status: 'draft', limit: 50 }) : null);
  return list.data?.items ?? [];
}

const contractLabel = (c: { interventionAreaNumber: number; interventionAreaName: string }) => `${c.interventionAreaNumber}. ${c.interventionAreaName}`;

/** The area's drafts as check boxes; `unticked` are those the decision leaves out. */
export function CouncilContracts({ drafts, unticked, onChange }: { drafts: ContractSummary[]; unticked: string[]; onChange: (unticked: string[]) => void }) {
  const at = useTexts(approvalTexts);
  return (
    <CheckboxGroup
      id="decision-contracts"
      legend={at('approval.contracts')}
      hint={at('approval.contractsHint')}
      options={drafts.map((c) => ({ value: c.id, label: contractLabel({ interventionAreaNumber: c.interventionArea.number, interventionAreaName: c.interventionArea.name }) }))}
      selected={drafts.filter((c) => !unticked.includes(c.id)).map((c) => c.id)}
      onChange={(ids) => onChange(drafts.filter((c) => !ids.includes(c.id)).map((c) => c.id))}
      empty={at('approval.contractsNone')}
    />
  );
}

/** The contracts a decision approved, for the timeline. */
export function ApprovedContracts({ decision }: { decision: Decision }) {
  const at = useTexts(approvalTexts);
  if (decision.contracts.length === 0) return null;
  return (
    <div className="decision-contracts">
      {at('approval.contractsApproved')}
      <ul>
        {decision.contracts.map((c) => (
          <li key={c.id}>
            <Link to={`/kontrakter/${c.id}`}>{contractLabel(c)}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
