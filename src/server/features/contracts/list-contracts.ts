import type { Actor } from '../../../domain/roles.ts';
import type { Db } from '../../db/create-db.ts';
import { cursorKey, keysetPage } from '../../db/keyset.ts';
import type { Page } from '../../http/lists.ts';
import { presentSummary } from './present.ts';
import { type ContractFilter, contractOrder, latestRevisionsOf, listContractRows } from './queries.ts';

/**
 * The contracts the actor may read that match the filter, a page in the order of urban area and
 * intervention area: who may read which contract is decided in SQL, the page by keyset, and only
 * the page's contracts have their current version read.
 */
export async function listContracts(db: Db, actor: Actor, filter: ContractFilter, page: Page) {
  const rows = await listContractRows(db, actor, filter, { limit: page.limit, after: cursorKey(page.cursor, contractOrder) });
  const latest = new Map((await latestRevisionsOf(db, rows.slice(0, page.limit).map((r) => r.id))).map((r) => [r.contractId, r]));
  return keysetPage(rows, page, contractOrder, (contract) =>
    presentSummary({ contract, revisions: latest.has(contract.id) ? [latest.get(contract.id)!] : [], areaOrganisationIds: [] }),
  );
}
