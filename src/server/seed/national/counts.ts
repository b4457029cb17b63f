/**
 * How big the national data set is at a scale: the documented sizes (docs/national-data.md) in one
 * place, read by the generator, the command and the test.
 */

/** The national set at scale 1: Denmark's 98 municipalities and an invented housing sector. */
export const nationalBase = {
  municipalities: 98,
  housingOrganisations: 560,
  urbanAreas: 420,
  estates: 7_100,
  plans: 450,
  auditEvents: { postgres: 10_000_000, pglite: 1_000_000 },
} as const;

export const minScale = 0.01;
export const maxScale = 10;

export type EngineKind = 'postgres' | 'pglite';

export type PlannedCounts = {
  municipalities: number;
  housingOrganisations: number;
  urbanAreas: number;
  estates: number;
  plans: number;
  auditEvents: number;
};

/**
 * The rows a scale asks for. Every count is the base times the scale, rounded; municipalities never
 * exceed the country's 98 (a larger scale makes each municipality bigger), and a small scale keeps
 * the least that still makes a country: two municipalities, one urban area each, three plans (one
 * per funding period).
 */
export function plannedCounts(scale: number, engine: EngineKind): PlannedCounts {
  const times = (n: number) => Math.round(n * scale);
  const municipalities = Math.min(nationalBase.municipalities, Math.max(2, times(nationalBase.municipalities)));
  const urbanAreas = Math.max(municipalities, times(nationalBase.urbanAreas));
  return {
    municipalities,
    housingOrganisations: Math.max(2, times(nationalBase.housingOrganisations)),
    urbanAreas,
    estates: Math.max(urbanAreas, times(nationalBase.estates)),
    plans: Math.max(3, times(nationalBase.plans)),
    auditEvents: times(nationalBase.auditEvents[engine]),
  };
}

/** Reads `--scale`: a number from 0.01 to 10. Returns an error sentence for anything else. */
export function parseScale(raw: string): number | string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < minScale || n > maxScale) {
    return `--scale must be a number from ${minScale} to ${maxScale}, got "${raw}"`;
  }
  return n;
}

/** Reads `--seed`: a whole number from 0 to 2^31 − 1. */
export function parseSeed(raw: string): number | string {
  const n = Number(raw);
  if (!/^\d{1,10}$/.test(raw) || n > 2 ** 31 - 1) return `--seed must be a whole number from 0 to ${2 ** 31 - 1}, got "${raw}"`;
  return n;
}
