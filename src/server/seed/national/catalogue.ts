/**
 * The words the national data set is made of: every municipality's bodies, and templates for
 * goals, indicators and activities that are filled in with an intervention area's name. Every name
 * a reader meets first (municipality, urban area, organisation, estate, plan, pool) says
 * "Syntetisk"; the texts inside say "Syntetiske data".
 */

export const syntheticNote = 'Syntetiske data: genereret af boligsocial seed --national; ingen del af det er virkeligt.';

/** Synthetic municipality codes: 901–998 are no Danish municipality's number (Copenhagen is 101). */
export const municipalityCode = (i: number): string => String(901 + i);
export const municipalityName = (i: number): string => `Syntetisk Kommune ${String(i + 1).padStart(3, '0')}`;

/** Every synthetic municipality's administrations, each under its standing committee. */
export const administrations: { name: string; abbreviation: string; committee: string; committeeAbbreviation: string; finance: boolean }[] = [
  { name: 'Økonomiforvaltningen', abbreviation: 'ØKF', committee: 'Økonomiudvalget', committeeAbbreviation: 'ØU', finance: true },
  { name: 'Børne- og Ungeforvaltningen', abbreviation: 'BUF', committee: 'Børne- og Ungeudvalget', committeeAbbreviation: 'BUU', finance: false },
  { name: 'Beskæftigelsesforvaltningen', abbreviation: 'BEF', committee: 'Beskæftigelsesudvalget', committeeAbbreviation: 'BEU', finance: false },
  { name: 'Social- og Sundhedsforvaltningen', abbreviation: 'SSF', committee: 'Social- og Sundhedsudvalget', committeeAbbreviation: 'SSU', finance: false },
  { name: 'Kultur- og Fritidsforvaltningen', abbreviation: 'KFF', committee: 'Kultur- og Fritidsudvalget', committeeAbbreviation: 'KFU', finance: false },
  { name: 'Teknik- og Miljøforvaltningen', abbreviation: 'TMF', committee: 'Teknik- og Miljøudvalget', committeeAbbreviation: 'TMU', finance: false },
];
/** Plans are prepared in this administration and always go through its committee. */
export const leadAdministration = 'TMF';
export const cityCouncil = { name: 'Kommunalbestyrelsen', abbreviation: 'KB' };

/** Success criteria: an indicator with its unit, a baseline range and a yearly step. */
export const indicatorTemplates: { name: (area: string) => string; unit: string; baseline: [number, number]; step: number }[] = [
  { name: (a) => `Andel beboere med gavn af indsatsen for ${a}`, unit: '%', baseline: [20, 45], step: 3 },
  { name: (a) => `Antal deltagere i aktiviteter om ${a}`, unit: 'antal', baseline: [40, 200], step: 15 },
  { name: (a) => `Andel unge 15–24 år i uddannelse eller job (${a})`, unit: '%', baseline: [50, 70], step: 2 },
  { name: (a) => `Antal henvisninger til kommunale tilbud (${a})`, unit: 'antal', baseline: [10, 60], step: 5 },
  { name: (a) => `Andel beboere der føler sig trygge (${a})`, unit: '%', baseline: [55, 75], step: 2 },
];

export const goalTitle = (area: string, k: number): string =>
  [`Et løft inden for ${area}`, `Flere beboere rykker sig inden for ${area}`, `Stærkere samarbejde om ${area}`][k % 3]!;

/** Activities: a kind of work, done by the plan's staff, an administration or both. */
export const activityTemplates: { name: (area: string) => string; carriedOutBy: 'plan_staff' | 'administration' | 'both' }[] = [
  { name: (a) => `Rådgivning og vejledning: ${a}`, carriedOutBy: 'both' },
  { name: (a) => `Netværk og frivillige: ${a}`, carriedOutBy: 'plan_staff' },
  { name: (a) => `Opsøgende arbejde: ${a}`, carriedOutBy: 'both' },
  { name: (a) => `Forløb i samarbejde med forvaltningen: ${a}`, carriedOutBy: 'administration' },
  { name: (a) => `Åbne aktiviteter i boligområdet: ${a}`, carriedOutBy: 'plan_staff' },
];

export const contractTasks = [
  'Koordinerer indsatsen og indkalder arbejdsgruppen',
  'Stiller medarbejdertimer til rådighed i boligområdet',
  'Henviser beboere til kommunens tilbud',
  'Afrapporterer til det boligsociale forum',
];
