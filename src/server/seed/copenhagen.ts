/**
 * Copenhagen's registry as published (see docs/demo-data.md for sources), plus example people.
 * `provenance: 'published'` marks a fact from public sources; `'example'` marks demo data that the
 * UI labels as such. Where the sources did not settle a detail, the row is 'example'.
 */
import type { Provenance } from '../db/schema.ts';

export const copenhagen = { code: '101', name: 'Københavns Kommune' };

export const administrations: { abbreviation: string; name: string; committee: string; committeeAbbreviation: string }[] = [
  { abbreviation: 'ØKF', name: 'Økonomiforvaltningen', committee: 'Økonomiudvalget', committeeAbbreviation: 'ØU' },
  { abbreviation: 'BUF', name: 'Børne- og Ungdomsforvaltningen', committee: 'Børne- og Ungdomsudvalget', committeeAbbreviation: 'BUU' },
  { abbreviation: 'KFF', name: 'Kultur- og Fritidsforvaltningen', committee: 'Kultur- og Fritidsudvalget', committeeAbbreviation: 'KFU' },
  { abbreviation: 'SUF', name: 'Sundheds- og Omsorgsforvaltningen', committee: 'Sundheds- og Omsorgsudvalget', committeeAbbreviation: 'SOU' },
  { abbreviation: 'SOF', name: 'Socialforvaltningen', committee: 'Socialudvalget', committeeAbbreviation: 'SOU-S' },
  { abbreviation: 'TMF', name: 'Teknik- og Miljøforvaltningen', committee: 'Teknik- og Miljøudvalget', committeeAbbreviation: 'TMU' },
  { abbreviation: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen', committee: 'Beskæftigelses- og Integrationsudvalget', committeeAbbreviation: 'BIU' },
];

export const cityCouncil = { name: 'Borgerrepræsentationen', abbreviation: 'BR' };

export const urbanAreas: { name: string; aliases: string[]; vulnerable: boolean; provenance: Provenance }[] = [
  { name: 'Nørrebro', aliases: [], vulnerable: true, provenance: 'published' },
  { name: 'Bispebjerg', aliases: ['Bispebjerg/Nordvest'], vulnerable: true, provenance: 'published' },
  { name: 'Husum/Tingbjerg', aliases: ['Tingbjerg/Husum'], vulnerable: true, provenance: 'published' },
  { name: 'Amager/Sundby', aliases: [], vulnerable: true, provenance: 'published' },
  { name: 'Vesterbro/Sydhavnen', aliases: ['Vesterbro/Kgs. Enghave/Sjælør'], vulnerable: true, provenance: 'published' },
  { name: 'Valby/Vigerslev', aliases: [], vulnerable: true, provenance: 'published' },
  // Not one of the six: home of the one plan of 2014 without pool money.
  { name: 'Østerbro', aliases: [], vulnerable: false, provenance: 'example' },
];

export const housingOrganisations: { name: string; shortName: string; administrator: string | null; provenance: Provenance }[] = [
  { name: 'fsb', shortName: 'fsb', administrator: null, provenance: 'published' },
  { name: 'AAB', shortName: 'AAB', administrator: null, provenance: 'published' },
  { name: 'SAB', shortName: 'SAB', administrator: 'KAB', provenance: 'published' },
  { name: '3B', shortName: '3B', administrator: null, provenance: 'published' },
  { name: 'AKB, København', shortName: 'AKB', administrator: 'KAB', provenance: 'published' },
  { name: 'Lejerbo', shortName: 'Lejerbo', administrator: null, provenance: 'published' },
  { name: 'Bo-Vita', shortName: 'Bo-Vita', administrator: null, provenance: 'published' },
  { name: 'VIBO', shortName: 'VIBO', administrator: null, provenance: 'published' },
  { name: 'DFB', shortName: 'DFB', administrator: null, provenance: 'published' },
  { name: 'HAB II', shortName: 'HAB II', administrator: null, provenance: 'published' },
];

type EstateSeed = {
  name: string;
  organisation: string;
  area: string;
  departmentNumber?: string;
  dwellings?: number;
  provenance: Provenance;
};

export const estates: EstateSeed[] = [
  { name: 'Mjølnerparken', organisation: 'Lejerbo', area: 'Nørrebro', dwellings: 560, provenance: 'published' },
  { name: 'Lundtoftegade', organisation: 'AKB, København', area: 'Nørrebro', dwellings: 700, provenance: 'published' },
  { name: 'Blågården', organisation: 'fsb', area: 'Nørrebro', provenance: 'published' },
  { name: 'Aldersrogade', organisation: 'AAB', area: 'Nørrebro', provenance: 'example' },
  { name: 'AAB afd. 8', organisation: 'AAB', area: 'Bispebjerg', departmentNumber: '8', provenance: 'published' },
  { name: 'AAB afd. 24', organisation: 'AAB', area: 'Bispebjerg', departmentNumber: '24', provenance: 'published' },
  { name: 'AAB afd. 33', organisation: 'AAB', area: 'Bispebjerg', departmentNumber: '33', provenance: 'published' },
  { name: 'AAB afd. 49', organisation: 'AAB', area: 'Bispebjerg', departmentNumber: '49', provenance: 'published' },
  { name: 'Fynshuse', organisation: 'SAB', area: 'Bispebjerg', provenance: 'published' },
  { name: 'Sangergården 1+2', organisation: '3B', area: 'Bispebjerg', provenance: 'published' },
  { name: 'Vestergårdsvej', organisation: '3B', area: 'Bispebjerg', provenance: 'published' },
  { name: 'Bispeparken', organisation: 'fsb', area: 'Bispebjerg', provenance: 'published' },
  { name: 'Stærevej', organisation: 'fsb', area: 'Bispebjerg', provenance: 'example' },
  { name: 'Voldparken', organisation: 'fsb', area: 'Husum/Tingbjerg', provenance: 'published' },
  { name: 'Husumgård', organisation: 'fsb', area: 'Husum/Tingbjerg', provenance: 'published' },
  { name: 'AAB afd. 38', organisation: 'AAB', area: 'Husum/Tingbjerg', departmentNumber: '38', provenance: 'published' },
  { name: 'AAB afd. 80', organisation: 'AAB', area: 'Husum/Tingbjerg', departmentNumber: '80', provenance: 'published' },
  { name: 'Tingbjerg', organisation: 'fsb', area: 'Husum/Tingbjerg', provenance: 'published' },
  { name: 'Utterslevhuse', organisation: 'SAB', area: 'Husum/Tingbjerg', provenance: 'published' },
  { name: 'Gadelandet', organisation: 'fsb', area: 'Husum/Tingbjerg', provenance: 'example' },
  { name: 'Degnegården', organisation: 'SAB', area: 'Husum/Tingbjerg', provenance: 'example' },
  { name: 'Hørgården 1 og 2', organisation: 'AKB, København', area: 'Amager/Sundby', dwellings: 748, provenance: 'published' },
  { name: 'Remisevænget Nord', organisation: '3B', area: 'Amager/Sundby', provenance: 'published' },
  { name: 'Remisevænget Øst', organisation: '3B', area: 'Amager/Sundby', provenance: 'published' },
  { name: 'Holmbladsgade', organisation: 'VIBO', area: 'Amager/Sundby', provenance: 'example' },
  { name: 'Sundholmsvej', organisation: 'DFB', area: 'Amager/Sundby', provenance: 'example' },
  { name: 'Amagerbro (HAB II)', organisation: 'HAB II', area: 'Amager/Sundby', provenance: 'example' },
  { name: 'Sjælør Boulevard', organisation: 'AKB, København', area: 'Vesterbro/Sydhavnen', provenance: 'example' },
  { name: 'Akacieparken', organisation: 'Lejerbo', area: 'Valby/Vigerslev', departmentNumber: '463', provenance: 'published' },
  { name: 'Lukretiavej', organisation: 'Lejerbo', area: 'Valby/Vigerslev', departmentNumber: '240', provenance: 'published' },
  { name: 'Mozarts Plads', organisation: '3B', area: 'Vesterbro/Sydhavnen', provenance: 'example' },
  { name: 'Folehaven', organisation: 'AAB', area: 'Valby/Vigerslev', provenance: 'example' },
  { name: 'Kildevældsgade', organisation: 'fsb', area: 'Østerbro', provenance: 'example' },
];

/**
 * Example forum members (FORUM-MEMBERS): as the fact sheet describes a forum, a representative of
 * every administration (TMF's boligsocial chief consultant in the chair), of every housing
 * organisation with a plan in the area (lead or owner of a plan's estate, `copenhagen-plans.ts`),
 * and the local committee's secretary. The roles follow the fact sheet; the names are made up.
 */
export type ForumMemberSeed = { organisation: string; forumRole: string; administration?: string; housingOrganisation?: string };

export function forumMembersOf(
  area: string,
  plans: readonly { area: string; lead: string; estates: readonly string[] }[],
): ForumMemberSeed[] {
  const ownerOf = new Map(estates.map((e) => [e.name, e.organisation]));
  const organisations = [
    ...new Set(plans.filter((p) => p.area === area).flatMap((p) => [p.lead, ...p.estates.map((e) => ownerOf.get(e)!)])),
  ].sort((a, b) => a.localeCompare(b, 'da'));
  return [
    ...administrations.map((a) => ({
      organisation: a.name,
      forumRole: a.abbreviation === 'TMF' ? 'Formand, boligsocial chefkonsulent' : 'Leder',
      administration: a.abbreviation,
    })),
    ...organisations.map((o) => ({ organisation: o, forumRole: 'Boligsocial koordinator', housingOrganisation: o })),
    { organisation: 'Lokaludvalget', forumRole: 'Sekretær' },
  ];
}
export const exampleNames = [
  'Anne Holm', 'Jonas Vestergaard', 'Fatima Ali', 'Lars Bech', 'Mette Krogh', 'Ahmad Rahimi', 'Sofie Lund',
  'Henrik Dam', 'Amina Yusuf', 'Peter Skov', 'Camilla Friis', 'Omar Hassan', 'Louise Berg', 'Mikkel Juhl',
];
export const workingGroups = [
  { name: 'Arbejdsgruppe: Børn, unge og beskæftigelse', purpose: 'Udarbejder kontrakten for børn, unge og beskæftigelse' },
  { name: 'Arbejdsgruppe: Uddannelse og beskæftigelse', purpose: 'Udarbejder kontrakten for uddannelse, beskæftigelse og erhverv' },
];
