/**
 * Side-by-side comparison of two contract versions (CON-REVISION): every field of the content in a
 * fixed order, whether it changed, and for lists which items were added, removed or changed. Items
 * are matched by what identifies them (an id, a name, a party), not by position, so that inserting
 * one item does not show every later one as changed.
 */
import type { Text } from './errors.ts';
import type { ContractContent } from './schemas/contracts.ts';

export type ItemChange = {
  key: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  from: unknown;
  to: unknown;
  /** For a changed item: the names of its fields that differ. */
  changedFields: string[];
};
export type FieldComparison = {
  field: string;
  label: Text;
  changed: boolean;
  from: unknown;
  to: unknown;
  /** For list fields: item by item, in the order of `to` with removed items after. */
  items?: ItemChange[];
};
export type ContractComparison = { changed: boolean; fields: FieldComparison[] };

type Field = { field: string; label: Text; get: (c: ContractContent) => unknown; key?: (item: never) => string };

/** The content's fields as the comparison shows them; list fields name how their items are matched. */
const fields: Field[] = [
  { field: 'parties.administrationIds', label: { da: 'Forvaltninger (parter)', en: 'Administrations (parties)' }, get: (c) => c.parties.administrationIds, key: (id: string) => id },
  { field: 'parties.housingOrganisationIds', label: { da: 'Boligorganisationer (parter)', en: 'Housing organisations (parties)' }, get: (c) => c.parties.housingOrganisationIds, key: (id: string) => id },
  { field: 'purpose', label: { da: 'Formål', en: 'Purpose' }, get: (c) => c.purpose },
  { field: 'goals', label: { da: 'Mål', en: 'Goals' }, get: (c) => c.goals, key: (g: string) => g },
  { field: 'activities', label: { da: 'Omfattede aktiviteter', en: 'Covered activities' }, get: (c) => c.activities, key: (a: { activityId: string }) => a.activityId },
  { field: 'tasks', label: { da: 'Opgavefordeling', en: 'Division of tasks' }, get: (c) => c.tasks, key: (t: { party: { kind: string; id: string }; task: string }) => `${t.party.kind}:${t.party.id}:${t.task}` },
  { field: 'municipalPart', label: { da: 'Kontraktdelen (10,6 %) betaler', en: 'The contract part (10.6 %) pays for' }, get: (c) => c.municipalPart, key: (m: { kind: string; description: string }) => `${m.kind}:${m.description}` },
  { field: 'contactPersons', label: { da: 'Kontaktpersoner', en: 'Contact persons' }, get: (c) => c.contactPersons, key: (p: { name: string }) => p.name },
  { field: 'validFrom', label: { da: 'Gyldig fra', en: 'Valid from' }, get: (c) => c.validFrom },
  { field: 'validTo', label: { da: 'Gyldig til', en: 'Valid to' }, get: (c) => c.validTo },
  { field: 'revisionClause', label: { da: 'Revisionsbestemmelse', en: 'Revision clause' }, get: (c) => c.revisionClause },
];

/** Structural equality of JSON values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  const bo = b as Record<string, unknown>;
  const ao = a as Record<string, unknown>;
  return ak.length === bk.length && ak.every((k) => k in bo && sameValue(ao[k], bo[k]));
}

function changedFieldsOf(from: unknown, to: unknown): string[] {
  if (typeof from !== 'object' || typeof to !== 'object' || from === null || to === null || Array.isArray(from) || Array.isArray(to)) {
    return sameValue(from, to) ? [] : ['value'];
  }
  const f = from as Record<string, unknown>;
  const t = to as Record<string, unknown>;
  return [...new Set([...Object.keys(f), ...Object.keys(t)])].filter((k) => !sameValue(f[k], t[k]));
}

/** Items matched by key; duplicate keys are told apart by their occurrence (`key#2`). */
function keyed(list: unknown[], key: (item: never) => string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const item of list) {
    const base = key(item as never);
    let k = base;
    for (let n = 2; out.has(k); n++) k = `${base}#${n}`;
    out.set(k, item);
  }
  return out;
}

function compareItems(from: unknown[], to: unknown[], key: (item: never) => string): ItemChange[] {
  const a = keyed(from, key);
  const b = keyed(to, key);
  const out: ItemChange[] = [];
  for (const [k, item] of b) {
    if (!a.has(k)) {
      out.push({ key: k, change: 'added', from: null, to: item, changedFields: [] });
      continue;
    }
    const before = a.get(k);
    const changedFields = changedFieldsOf(before, item);
    out.push({ key: k, change: changedFields.length ? 'changed' : 'unchanged', from: before, to: item, changedFields });
  }
  for (const [k, item] of a) {
    if (!b.has(k)) out.push({ key: k, change: 'removed', from: item, to: null, changedFields: [] });
  }
  return out;
}

/** Compares version `a` (older) with `b` (newer), field by field and list item by list item. */
export function compareContractVersions(a: ContractContent, b: ContractContent): ContractComparison {
  const out = fields.map(({ field, label, get, key }): FieldComparison => {
    const from = get(a);
    const to = get(b);
    const changed = !sameValue(from, to);
    if (!key) return { field, label, changed, from, to };
    const items = compareItems(from as unknown[], to as unknown[], key);
    // A reordering alone is a change too (the lists differ), even when every item is unchanged.
    return { field, label, changed, from, to, items };
  });
  return { changed: out.some((f) => f.changed), fields: out };
}
