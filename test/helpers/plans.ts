/** Registry ids and a ready-made draft plan for the plan, pool and export tests. */
import type { Session, TestApp } from './app.ts';

export type Refs = Awaited<ReturnType<typeof loadRefs>>;

export async function loadRefs(t: TestApp) {
  const db = t.db;
  const id = async (q: Promise<{ id: string } | undefined>) => (await q)!.id;
  const period = await id(db.selectFrom('fundingPeriod').select('id').where('name', '=', '2011–14').executeTakeFirst());
  const otherPeriod = await id(db.selectFrom('fundingPeriod').select('id').where('name', '=', '2015–18').executeTakeFirst());
  const areas = await db.selectFrom('interventionArea').select(['id', 'number']).where('fundingPeriodId', '=', period).orderBy('number').execute();
  const otherArea = await id(db.selectFrom('interventionArea').select('id').where('fundingPeriodId', '=', otherPeriod).executeTakeFirst());
  const org = async (name: string) => id(db.selectFrom('housingOrganisation').select('id').where('name', '=', name).executeTakeFirst());
  const area = async (name: string) => id(db.selectFrom('urbanArea').select('id').where('name', '=', name).executeTakeFirst());
  const estate = async (name: string) => id(db.selectFrom('estate').select('id').where('name', '=', name).executeTakeFirst());
  const administration = async (abbreviation: string) =>
    id(db.selectFrom('administration').select('id').where('abbreviation', '=', abbreviation).executeTakeFirst());
  const committee = async (abbreviation: string) => id(db.selectFrom('committee').select('id').where('abbreviation', '=', abbreviation).executeTakeFirst());
  const municipality = await id(db.selectFrom('municipality').select('id').where('code', '=', '101').executeTakeFirst());
  return {
    municipality,
    period,
    areaIds: areas.map((a) => a.id),
    otherArea,
    fsb: await org('fsb'),
    aab: await org('AAB'),
    bispebjerg: await area('Bispebjerg'),
    norrebro: await area('Nørrebro'),
    osterbro: await area('Østerbro'),
    bispeparken: await estate('Bispeparken'),
    staerevej: await estate('Stærevej'),
    aab8: await estate('AAB afd. 8'),
    kildevaeldsgade: await estate('Kildevældsgade'),
    bif: await administration('BIF'),
    buf: await administration('BUF'),
    tmu: await committee('TMU'),
  };
}

export const cooperation = (r: Refs) => ({ administrationIds: [r.bif, r.buf], agreementDate: '2012-11-01', reference: 'BR 2012/123' });

export function planBody(r: Refs, overrides: Record<string, unknown> = {}) {
  return {
    name: `Beboerprojekt Bispebjerg ${Math.random().toString(36).slice(2, 8)}`,
    fundingPeriodId: r.period,
    urbanAreaId: r.bispebjerg,
    housingOrganisationId: r.fsb,
    startDate: '2013-01-01',
    endDate: '2016-12-31',
    estateIds: [r.bispeparken, r.staerevej],
    committeeIds: [r.tmu],
    challenges: 'Mange unge uden uddannelse',
    cooperation: cooperation(r),
    ...overrides,
  };
}

/**
 * A clean 4-year budget of `perYearOre` a year: municipal 10.6 % + 1.9 % (rounded down), local
 * (municipal + housing) 25 % (rounded up), the fund the rest. Round amounts give exactly 75/12.5/12.5.
 */
export function cleanBudget(r: Refs, perYearOre = 1_000_000_00) {
  const contract = Math.floor((perYearOre * 106) / 1000);
  const facilitation = Math.floor((perYearOre * 19) / 1000);
  const housing = Math.ceil(perYearOre / 4) - contract - facilitation;
  const fund = perYearOre - contract - facilitation - housing;
  return [2013, 2014, 2015, 2016].flatMap((year) => [
    { year, interventionAreaId: r.areaIds[0]!, source: 'fund', amountOre: fund },
    { year, interventionAreaId: r.areaIds[1]!, source: 'municipal', municipalPart: 'contract', amountOre: contract },
    { year, interventionAreaId: r.areaIds[1]!, source: 'municipal', municipalPart: 'facilitation', amountOre: facilitation },
    { year, interventionAreaId: r.areaIds[5]!, source: 'housing', amountOre: housing },
  ]);
}

export const ifMatch = (version: number | string) => ({ 'if-match': `"${version}"` });

/** Creates a plan through the API and returns its JSON (with `version`). */
export async function createPlanVia(s: Session, body: Record<string, unknown>) {
  const res = await s.request({ method: 'POST', url: '/api/plans', payload: body });
  if (res.statusCode !== 201) throw new Error(`create plan: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; [k: string]: unknown };
}
