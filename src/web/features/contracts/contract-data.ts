/**
 * What the contract pages share: the contract as the API returns it, its title, and the names of
 * administrations and housing organisations that its content refers to by id.
 */
import type { ContractSummary } from '../../../domain/schemas/contracts.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import type { TextKey, Translate } from '../../texts.ts';
import type { Names } from './ContractForm.tsx';
import type { contractTexts } from './texts.ts';

export function useNames() {
  const administrations = useGet(apiPath('/api/administrations', { limit: 500 }));
  const organisations = useGet(apiPath('/api/housing-organisations', { limit: 500 }));
  const names: Names | undefined =
    administrations.data && organisations.data ? { administrations: administrations.data.items, organisations: organisations.data.items } : undefined;
  return { resources: [administrations, organisations], names };
}

export const contractPath = (id: string) => apiPath('/api/contracts/{id}', { id });

export const useContract = (id: string) => useGet(contractPath(id));

export const contractTitle = (c: ContractSummary, t: Translate<TextKey<typeof contractTexts>>) => t('contracts.contractTitle', { area: c.urbanArea.name, ia: `${c.interventionArea.number}. ${c.interventionArea.name}` });
