/** Landsbyggefonden's funding periods and their intervention-area catalogues (reference data). */
import { type FundingRules, rules2011to14 } from '../../domain/funding-rules.ts';

export const fundingPeriods: {
  name: string;
  startYear: number;
  endYear: number;
  rules: FundingRules;
  areas: { name: string; municipalInterface: boolean }[];
}[] = [
  {
    name: '2011–14',
    startYear: 2011,
    endYear: 2014,
    rules: rules2011to14,
    areas: [
      { name: 'Børn, unge og familie', municipalInterface: true },
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
    rules: rules2011to14,
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
    rules: rules2011to14,
    areas: [
      { name: 'Uddannelse og livschancer', municipalInterface: true },
      { name: 'Beskæftigelse', municipalInterface: true },
      { name: 'Kriminalitetsforebyggelse', municipalInterface: true },
      { name: 'Sammenhængskraft og medborgerskab', municipalInterface: false },
    ],
  },
];
