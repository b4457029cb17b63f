/**
 * PERIOD-OWNER (docs/rules.md, "Funding periods"): who owns which rule parameters. The fund's
 * (the catalogue of intervention areas, the fund's share, deadlines, the contract cap) are changed
 * by fund officers only; a municipality's own (its co-financing cap and its split) by that
 * municipality's admins. Pure: the use cases ask before they write, and refuse with 403 naming it.
 */
import { can } from '../authorization.ts';
import type { Actor } from '../roles.ts';
import { type Rule, finder } from './rule.ts';

export type PeriodChange = { actor: Actor; change: { kind: 'fund' } | { kind: 'municipal'; municipalityId: string } };

export const periodOwner: Rule<PeriodChange> = {
  id: 'PERIOD-OWNER',
  severity: 'error',
  // Fact sheet: "Det er Landsbyggefonden der har defineret indsatsområderne"; kk.dk: Copenhagen's 12.5 % and its split.
  source: 'fact_sheet',
  alsoSources: ['kk'],
  statement: {
    da: 'Bevillingsperiodens katalog og fondens parametre ændres kun af fondens sagsbehandlere; kommunens egne parametre (loftet på 12,5 % og fordelingen 10,6/1,9 i København) pr. periode kun af kommunens administratorer.',
    en: "A funding period's catalogue and the fund's parameters are changed by fund officers only; a municipality's own parameters per period (the 12.5 % cap and the 10.6/1.9 split in Copenhagen) by that municipality's admins only.",
  },
  check: ({ actor, change }) => {
    const found = finder(periodOwner);
    if (change.kind === 'fund') {
      if (can(actor, 'funding_period.write')) return [];
      return [
        found('error', 'fundingPeriod', {
          da: 'Kun Landsbyggefonden ændrer en bevillingsperiodes indsatsområder og fondens parametre',
          en: "Only Landsbyggefonden changes a funding period's intervention areas and the fund's parameters",
        }),
      ];
    }
    if (can(actor, 'municipal_rules.write', { municipalityId: change.municipalityId })) return [];
    return [
      found('error', 'municipalityId', {
        da: 'Kun kommunens egne administratorer ændrer kommunens parametre for en bevillingsperiode',
        en: "Only the municipality's own admins change its parameters for a funding period",
      }),
    ];
  },
};
