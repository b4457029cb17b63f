/**
 * The registry of the synthetic Denmark: municipalities with their administrations, committees and
 * City Council, urban areas (each vulnerable one with its forum), housing organisations and their estates. Pure:
 * rows with their ids, ready for the bulk writer.
 */
import { administrations, cityCouncil, municipalityCode, municipalityName } from './catalogue.ts';
import type { PlannedCounts } from './counts.ts';
import { pad, random, syntheticId } from './random.ts';

export const synthetic = 'synthetic' as const;

export type MunicipalityRow = { id: string; code: string; name: string };
export type AdministrationRow = { id: string; municipalityId: string; name: string; abbreviation: string };
export type CommitteeRow = {
  id: string;
  municipalityId: string;
  administrationId: string | null;
  name: string;
  abbreviation: string;
  kind: 'committee' | 'finance_committee' | 'city_council';
};
export type UrbanAreaRow = { id: string; municipalityId: string; name: string; vulnerable: boolean; aliases: string[]; provenance: typeof synthetic };
export type ForumRow = { id: string; urbanAreaId: string; name: string };
export type HousingOrganisationRow = { id: string; name: string; shortName: string; administrator: string | null; provenance: typeof synthetic };
export type EstateRow = {
  id: string;
  housingOrganisationId: string;
  urbanAreaId: string;
  name: string;
  departmentNumber: string;
  dwellings: number;
  provenance: typeof synthetic;
};

export type Registry = {
  municipalities: MunicipalityRow[];
  administrations: AdministrationRow[];
  committees: CommitteeRow[];
  urbanAreas: UrbanAreaRow[];
  forums: ForumRow[];
  housingOrganisations: HousingOrganisationRow[];
  estates: EstateRow[];
};

/** Spreads `total` items over `weights.length` buckets: one each first, the rest in proportion. */
function spread(total: number, weights: readonly number[], draw: (w: readonly number[]) => number): number[] {
  const buckets = weights.map((_, i) => i);
  for (let k = weights.length; k < total; k++) buckets.push(draw(weights));
  return buckets.slice(0, total);
}

export function generateRegistry(seed: number, counts: PlannedCounts): Registry {
  const r = random(seed, 'registry');
  const id = (kind: string, n: number | string) => syntheticId(seed, kind, n);

  const municipalities: MunicipalityRow[] = [];
  const bodies: AdministrationRow[] = [];
  const committees: CommitteeRow[] = [];
  // Sizes differ as in the real country: a few large municipalities, many small.
  const municipalityWeight: number[] = [];
  for (let i = 0; i < counts.municipalities; i++) {
    const m = { id: id('municipality', i), code: municipalityCode(i), name: municipalityName(i) };
    municipalities.push(m);
    municipalityWeight.push(0.3 + 4 * r.next() * r.next());
    for (const a of administrations) {
      const adm = { id: id('administration', `${i}:${a.abbreviation}`), municipalityId: m.id, name: a.name, abbreviation: a.abbreviation };
      bodies.push(adm);
      committees.push({
        id: id('committee', `${i}:${a.committeeAbbreviation}`),
        municipalityId: m.id,
        administrationId: adm.id,
        name: a.committee,
        abbreviation: a.committeeAbbreviation,
        kind: a.finance ? 'finance_committee' : 'committee',
      });
    }
    committees.push({ id: id('committee', `${i}:${cityCouncil.abbreviation}`), municipalityId: m.id, administrationId: null, ...cityCouncil, kind: 'city_council' });
  }

  // Urban areas: at least one per municipality (a vulnerable one), the rest by the municipality's size.
  const urbanAreas: UrbanAreaRow[] = [];
  const forums: ForumRow[] = [];
  const areaWeight: number[] = [];
  const perMunicipality = new Map<number, number>();
  for (const [k, mi] of spread(counts.urbanAreas, municipalityWeight, r.weighted).entries()) {
    const m = municipalities[mi]!;
    const n = (perMunicipality.get(mi) ?? 0) + 1;
    perMunicipality.set(mi, n);
    const vulnerable = n === 1 || r.chance(0.45);
    const area = { id: id('urban_area', k), municipalityId: m.id, name: `Syntetisk byområde ${m.code}-${pad(n, 2)}`, vulnerable, aliases: [], provenance: synthetic };
    urbanAreas.push(area);
    // FORUM-VULNERABLE: a forum for each vulnerable area, and only for those.
    if (vulnerable) forums.push({ id: id('forum', k), urbanAreaId: area.id, name: `Boligsocialt Forum ${area.name}` });
    areaWeight.push(municipalityWeight[mi]! * (vulnerable ? 2 : 1));
  }

  // Housing organisations: each has a home municipality (every municipality at least one).
  const housingOrganisations: HousingOrganisationRow[] = [];
  const orgsOfMunicipality = new Map<string, number[]>();
  for (const [k, mi] of spread(counts.housingOrganisations, municipalityWeight, r.weighted).entries()) {
    const n = pad(k + 1, 4);
    const administrator = r.chance(0.3) ? `Syntetisk administrationsselskab ${pad(r.int(1, 12), 2)}` : null;
    housingOrganisations.push({ id: id('housing_organisation', k), name: `Syntetisk Boligorganisation ${n}`, shortName: `SB${n}`, administrator, provenance: synthetic });
    const home = municipalities[mi]!.id;
    orgsOfMunicipality.set(home, [...(orgsOfMunicipality.get(home) ?? []), k]);
  }

  // Estates: at least one per urban area, most owned by an organisation at home in the municipality.
  const estates: EstateRow[] = [];
  const estatesOfOrg = new Map<number, number>();
  for (const [k, ai] of spread(counts.estates, areaWeight, r.weighted).entries()) {
    const area = urbanAreas[ai]!;
    const local = orgsOfMunicipality.get(area.municipalityId);
    const oi = local && r.chance(0.8) ? r.pick(local) : r.int(0, housingOrganisations.length - 1);
    const n = (estatesOfOrg.get(oi) ?? 0) + 1;
    estatesOfOrg.set(oi, n);
    estates.push({
      id: id('estate', k),
      housingOrganisationId: housingOrganisations[oi]!.id,
      urbanAreaId: area.id,
      name: `Syntetisk afdeling ${pad(oi + 1, 4)}-${pad(n, 3)}`,
      departmentNumber: String(n),
      dwellings: r.int(40, 1_500),
      provenance: synthetic,
    });
  }

  return { municipalities, administrations: bodies, committees, urbanAreas, forums, housingOrganisations, estates };
}
