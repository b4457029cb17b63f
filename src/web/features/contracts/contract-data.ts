/**
 * What the contract pages share: the contract as the API returns it, its title, and the names of
 * administrations and housing organisations that its content refers to by id.
 */
import type { ContractContent, ContractRevision } from '../../../domain/schemas/contracts.ts';
import type { Administration, HousingOrganisation } from '../../../domain/schemas/registry.ts';
import { ApiError } from '../../api.ts';
import type { TextKey, Translate } from '../../texts.ts';
import { useApi } from '../../use-api.ts';
import type { Names } from './ContractForm.tsx';
import type { contractTexts } from './texts.ts';

export type Summary = {
  id: string;
  version: number;
  urbanArea: { id: string; name: string; municipalityId: string };
  interventionArea: { id: string; name: string; number: number; fundingPeriodId: string };
  workingGroup: { id: string; name: string };
  status: 'draft' | 'approved';
  currentRevision: Omit<ContractRevision, 'content'> | null;
  revisionCount: number;
};
type Finding = { rule: string; severity: 'error' | 'warning'; message: string; path: string };
export type ContractDetail = Summary & { current: ContractRevision | null; draft: ContractContent | null; findings: Finding[] };

export function useNames() {
  const administrations = useApi<{ items: Administration[] }>('/api/administrations?limit=500');
  const organisations = useApi<{ items: HousingOrganisation[] }>('/api/housing-organisations?limit=500');
  const names: Names | undefined =
    administrations.data && organisations.data ? { administrations: administrations.data.items, organisations: organisations.data.items } : undefined;
  return { resources: [administrations, organisations], names };
}

export const asApiError = (err: unknown) => (err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 }));

export function useContract(id: string | undefined) {
  return useApi<ContractDetail>(`/api/contracts/${id}`);
}

export const contractTitle = (c: Summary, t: Translate<TextKey<typeof contractTexts>>) => t('contracts.contractTitle', { area: c.urbanArea.name, ia: `${c.interventionArea.number}. ${c.interventionArea.name}` });
