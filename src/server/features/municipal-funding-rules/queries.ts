import type { Kysely, Transaction } from 'kysely';
import type { Database, Row } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export const municipalRulesWhat = { da: 'Kommunens parametre for perioden', en: "The municipality's parameters for the period" };

const withPeriod = (q: Q) =>
  q
    .selectFrom('municipalFundingRules')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'municipalFundingRules.fundingPeriodId')
    .selectAll('municipalFundingRules')
    .select(['fundingPeriod.name as fundingPeriodName', 'fundingPeriod.startYear', 'fundingPeriod.endYear']);

export type MunicipalRulesRow = Row<'municipalFundingRules'> & { fundingPeriodName: string; startYear: number; endYear: number };

/** The municipality's parameters for every funding period, by period. */
export const listMunicipalRules = (q: Q, municipalityId: string): Promise<MunicipalRulesRow[]> =>
  withPeriod(q).where('municipalFundingRules.municipalityId', '=', municipalityId).orderBy('fundingPeriod.startYear').execute();

export const findMunicipalRules = (q: Q, municipalityId: string, fundingPeriodId: string): Promise<MunicipalRulesRow | undefined> =>
  withPeriod(q)
    .where('municipalFundingRules.municipalityId', '=', municipalityId)
    .where('municipalFundingRules.fundingPeriodId', '=', fundingPeriodId)
    .executeTakeFirst();

/** Plans of the municipality (by their urban area) in the funding period: their rules read these parameters. */
export const planIdsOfMunicipalityInPeriod = async (q: Q, municipalityId: string, fundingPeriodId: string): Promise<string[]> =>
  (
    await q
      .selectFrom('plan')
      .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
      .select('plan.id')
      .where('urbanArea.municipalityId', '=', municipalityId)
      .where('plan.fundingPeriodId', '=', fundingPeriodId)
      .execute()
  ).map((r) => r.id);
