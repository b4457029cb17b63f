/**
 * Counts how often the app reads plans (`findPlans`: the plan joined with its urban area, housing
 * organisation and funding period), and which parts each read asks for, by looking at the queries
 * it runs.
 */
import { AliasNode, IdentifierNode, type KyselyPlugin, type OperationNode, SelectQueryNode, TableNode } from 'kysely';

const plain = (name: string) => name.replaceAll('_', '').toLowerCase();
const tableName = (node: OperationNode | undefined): string | null => (node && TableNode.is(node) ? plain(node.table.identifier.name) : null);

/** The parts of a plan read, as queries.ts names them. */
const partNames = ['estates', 'committeeIds', 'partnerAdministrationIds', 'goals', 'activities', 'budgetLines', 'allocations', 'interventionAreas', 'decisions', 'summary'];
const byPlainName = new Map(partNames.map((p) => [plain(p), p]));

export function planLoadCounter(): { count: number; loads: string[][]; reset: () => void; plugin: KyselyPlugin } {
  const counter = {
    count: 0,
    loads: [] as string[][],
    reset: () => {
      counter.count = 0;
      counter.loads = [];
    },
    plugin: {
      transformQuery: ({ node }) => {
        if (
          SelectQueryNode.is(node) &&
          tableName(node.from?.froms[0]) === 'plan' &&
          (node.joins ?? []).some((j) => tableName(j.table) === 'fundingperiod')
        ) {
          counter.count += 1;
          const parts = (node.selections ?? []).flatMap((s) => {
            const sel = s.selection;
            if (!AliasNode.is(sel) || !IdentifierNode.is(sel.alias)) return [];
            const part = byPlainName.get(plain(sel.alias.name));
            return part ? [part] : [];
          });
          counter.loads.push(parts.sort());
        }
        return node;
      },
      transformResult: async ({ result }) => result,
    } satisfies KyselyPlugin,
  };
  return counter;
}
