/**
 * Landsbyggefonden's funding periods and their intervention-area catalogues (reference data), with
 * the fund's parameters on each period and Copenhagen's own parameters per period (PERIOD-OWNER).
 * The sources state the figures for the 2011–14 funds only: later periods carry them over, marked
 * as inferred with the reason.
 */
import type { Text } from '../../domain/errors.ts';
import {
  type FundRules,
  type InferredParameters,
  type MunicipalRules,
  copenhagen2011to14,
  fund2011to14,
  fundRuleKeys,
  municipalRuleKeys,
} from '../../domain/funding-rules.ts';

/** Why a later period's parameters are the 2011–14 ones. */
export const carriedOver: Text = {
  da: 'Videreført fra 2011–14: kilderne angiver ikke tallet for denne periode (systemets udledning)',
  en: 'Carried over from 2011–14: the sources do not state the figure for this period (our inference)',
};
const inferredAll = (keys: readonly string[], reason: Text): InferredParameters => Object.fromEntries(keys.map((k) => [k, reason]));

export type FundingPeriodSeed = {
  name: string;
  startYear: number;
  endYear: number;
  rules: FundRules;
  inferred: InferredParameters;
  /** Copenhagen's own parameters for the period. */
  copenhagen: { rules: MunicipalRules; inferred: InferredParameters };
  areas: { name: string; municipalInterface: boolean }[];
};

const carried = { inferred: inferredAll(fundRuleKeys, carriedOver), copenhagen: { rules: copenhagen2011to14, inferred: inferredAll(municipalRuleKeys, carriedOver) } };

export const fundingPeriods: FundingPeriodSeed[] = [
  {
    name: '2011–14',
    startYear: 2011,
    endYear: 2014,
    rules: fund2011to14,
    inferred: {},
    copenhagen: { rules: copenhagen2011to14, inferred: {} },
    areas: [
      // The fact sheet's wording (its footnote names the five with a municipal interface).
      { name: 'Børn, unge og beskæftigelse', municipalInterface: true },
      { name: 'Uddannelse, beskæftigelse og erhverv', municipalInterface: true },
      { name: 'Kultur og fritid', municipalInterface: true },
      { name: 'Udsatte grupper', municipalInterface: true },
      { name: 'Sundhed', municipalInterface: true },
      { name: 'Beboernetværk, inddragelse og demokrati', municipalInterface: false },
      { name: 'Image og kommunikation', municipalInterface: false },
    ],
  },
  {
    name: '2015–18',
    startYear: 2015,
    endYear: 2018,
    rules: fund2011to14,
    ...carried,
    // Which of these have a municipal interface is our inference; the sources mark 2011–14 only.
    areas: [
      { name: 'Tryghed og trivsel', municipalInterface: true },
      { name: 'Kriminalpræventiv indsats', municipalInterface: true },
      { name: 'Uddannelse og beskæftigelse', municipalInterface: true },
      { name: 'Forebyggelse og forældreansvar', municipalInterface: true },
    ],
  },
  {
    name: '2019–26',
    startYear: 2019,
    endYear: 2026,
    rules: fund2011to14,
    ...carried,
    areas: [
      { name: 'Uddannelse og livschancer', municipalInterface: true },
      { name: 'Beskæftigelse', municipalInterface: true },
      { name: 'Kriminalitetsforebyggelse', municipalInterface: true },
      { name: 'Sammenhængskraft og medborgerskab', municipalInterface: false },
    ],
  },
];
