/**
 * Counts how often the app loads whole plans (`loadPlans`: the plan joined with its urban area,
 * housing organisation and funding period), by looking at the queries it runs.
 */
import { type KyselyPlugin, type OperationNode, SelectQueryNode, TableNode } from 'kysely';

const tableName = (node: OperationNode | undefined): string | null =>
  node && TableNode.is(node) ? node.table.identifier.name.replaceAll('_', '').toLowerCase() : null;

export function planLoadCounter(): { count: number; plugin: KyselyPlugin } {
  const counter = {
    count: 0,
    plugin: {
      transformQuery: ({ node }) => {
        if (
          SelectQueryNode.is(node) &&
          tableName(node.from?.froms[0]) === 'plan' &&
          (node.joins ?? []).some((j) => tableName(j.table) === 'fundingperiod')
        ) {
          counter.count += 1;
        }
        return node;
      },
      transformResult: async ({ result }) => result,
    } satisfies KyselyPlugin,
  };
  return counter;
}
