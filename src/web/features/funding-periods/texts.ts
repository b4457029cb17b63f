/** The words of the funding period pages, with the names of the rule parameters (`funding.rule.<name>`). */
import { defineTexts } from '../../texts.ts';

export const fundingTexts = defineTexts({
  'funding.title': ['Puljeperioder', 'Funding periods'],
  'funding.intro': [
    'Landsbyggefondens puljeperioder med indsatsområder og regler for finansiering.',
    'Landsbyggefonden\'s funding periods with intervention areas and financing rules.',
  ],
  'funding.caption': ['Puljeperioder', 'Funding periods'],
  'funding.period': ['Periode', 'Period'],
  'funding.years': ['År', 'Years'],
  'funding.areas': ['Indsatsområder', 'Intervention areas'],
  'funding.areasCaption': ['Indsatsområder i {name}', 'Intervention areas of {name}'],
  'funding.number': ['Nr.', 'No.'],
  'funding.interface': ['Kommunal grænseflade', 'Municipal interface'],
  'funding.interfaceTag': ['Kommunal grænseflade', 'Municipal interface'],
  'funding.interfaceHelp': [
    'Indsatsområder med grænseflade til kommunens kernedrift kræver en samarbejdskontrakt med kommunen.',
    'Intervention areas with an interface to the municipality\'s core operations need a cooperation contract with the municipality.',
  ],
  'funding.rules': ['Regler', 'Rules'],
  'funding.rulesCaption': ['Regelparametre for {name}', 'Rule parameters of {name}'],
  'funding.rule': ['Parameter', 'Parameter'],
  'funding.value': ['Værdi', 'Value'],
  'funding.editRules': ['Redigér regler', 'Edit rules'],
  'funding.editTitle': ['Redigér periode {name}', 'Edit period {name}'],
  'funding.percentHint': ['I procent med to decimaler, fx 12,50', 'In per cent with two decimals, e.g. 12.50'],
  'funding.splitError': [
    'Kontraktdelen ({contract} %) og faciliteringsdelen ({facilitation} %) giver tilsammen {sum} %, men skal give den kommunale medfinansiering ({cap} %).',
    'The contract part ({contract} %) and the facilitation part ({facilitation} %) add up to {sum} %, but must add up to the municipal co-financing ({cap} %).',
  ],
  'funding.addArea': ['Tilføj indsatsområde', 'Add intervention area'],
  'funding.addAreaTitle': ['Tilføj indsatsområde til {name}', 'Add an intervention area to {name}'],
  'funding.areaNumber': ['Nummer', 'Number'],
  'funding.areaNumberHint': ['Tomt: det næste ledige nummer', 'Empty: the next free number'],
  'funding.areaAdded': ['Indsatsområdet {name} er tilføjet.', 'The intervention area {name} has been added.'],
  'funding.rule.municipalCapBp': ['Kommunal medfinansiering, højst', 'Municipal co-financing, at most'],
  'funding.rule.municipalContractPartBp': ['Heraf efter samarbejdskontrakterne', 'Of which as the contracts lay down'],
  'funding.rule.municipalFacilitationPartBp': ['Heraf til facilitering', 'Of which for facilitation'],
  'funding.rule.localShareMinBp': ['Lokal medfinansiering, mindst', 'Local co-financing, at least'],
  'funding.rule.normalPlanYears': ['Planperiode (år)', 'Plan period (years)'],
  'funding.rule.reportDueMonthsAfterYearEnd': [
    'Frist for årlig redegørelse (måneder efter årets udgang)',
    'Annual report due (months after year end)',
  ],
  'funding.rule.maxContractsPerUrbanArea': ['Samarbejdskontrakter pr. byområde, højst', 'Cooperation contracts per urban area, at most'],
});
