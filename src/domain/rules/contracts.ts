/**
 * CON-* rules (docs/rules.md, "Cooperation contracts"): each rule once, with its id, severity, source
 * and messages in Danish and English. Pure: the server loads what a rule reads and hands it in.
 */
import type { ContractContent } from '../schemas/contracts.ts';
import { type Finding, type Rule, finder } from './rule.ts';

/** Where a contract is placed: its urban area, intervention area and the area's other contracts. */
export type ContractPlacement = {
  urbanAreaId: string;
  interventionArea: { id: string; name: string; municipalInterface: boolean };
  /**
   * The other contracts of the urban area whose intervention area belongs to the same funding
   * period (the catalogue the cap is about), not counting the contract being checked.
   */
  others: { id: string; interventionAreaId: string }[];
  /** The funding period's rule parameter (5 for the 2011–14 funds). */
  maxContractsPerUrbanArea: number;
};

export const conPerArea: Rule<ContractPlacement> = {
  id: 'CON-PER-AREA',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En kontrakt hører til ét byområde og ét indsatsområde; højst én kontrakt pr. par.',
    en: 'A contract belongs to one urban area and one intervention area; at most one contract per pair.',
  },
  check: ({ interventionArea, others }) => {
    if (!others.some((o) => o.interventionAreaId === interventionArea.id)) return [];
    return [
      finder(conPerArea)('error', 'interventionAreaId', {
        da: `Byområdet har allerede en kontrakt for indsatsområdet "${interventionArea.name}"`,
        en: `The urban area already has a contract for the intervention area "${interventionArea.name}"`,
      }),
    ];
  },
};

export const conMunicipalInterface: Rule<ContractPlacement> = {
  id: 'CON-MUNICIPAL-INTERFACE',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Kun indsatsområder med snitflade til den kommunale kernedrift kan have en kontrakt; derfor højst fem kontrakter pr. byområde.',
    en: 'Only intervention areas with an interface to municipal core operations can have a contract; so at most five contracts per urban area.',
  },
  check: ({ interventionArea, others, maxContractsPerUrbanArea: max }) => {
    const found = finder(conMunicipalInterface);
    if (!interventionArea.municipalInterface) {
      return [
        found('error', 'interventionAreaId', {
          da: `Indsatsområdet "${interventionArea.name}" har ingen snitflade til den kommunale kernedrift og kan ikke have en kontrakt`,
          en: `The intervention area "${interventionArea.name}" has no interface to municipal core operations and cannot have a contract`,
        }),
      ];
    }
    const count = others.filter((o) => o.interventionAreaId !== interventionArea.id).length;
    if (count < max) return [];
    return [
      found('error', 'interventionAreaId', {
        da: `Byområdet har allerede ${count} kontrakter; der kan højst indgås ${max} pr. byområde`,
        en: `The urban area already has ${count} contracts; at most ${max} can be made per urban area`,
      }),
    ];
  },
};

export type WorkingGroupCheck = {
  urbanAreaId: string;
  /** The working group named, with the urban area of its forum; null if it does not exist. */
  workingGroup: { id: string; name: string; urbanAreaId: string } | null;
};

export const conWorkingGroup: Rule<WorkingGroupCheck> = {
  id: 'CON-WORKING-GROUP',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En kontrakt udarbejdes af en arbejdsgruppe under byområdets Boligsociale Forum.',
    en: "A contract is drafted by a working group under the urban area's forum.",
  },
  check: ({ urbanAreaId, workingGroup }) => {
    const found = finder(conWorkingGroup);
    if (!workingGroup) {
      return [found('error', 'workingGroupId', { da: 'Arbejdsgruppen findes ikke', en: 'The working group does not exist' })];
    }
    if (workingGroup.urbanAreaId === urbanAreaId) return [];
    return [
      found('error', 'workingGroupId', {
        da: `Arbejdsgruppen "${workingGroup.name}" hører til et andet byområdes forum`,
        en: `The working group "${workingGroup.name}" belongs to the forum of another urban area`,
      }),
    ];
  },
};

export type PartiesCheck = {
  content: Pick<ContractContent, 'parties' | 'tasks' | 'municipalPart'>;
  eligible: {
    /** The administrations of the urban area's municipality. */
    administrationIds: readonly string[];
    /**
     * Housing organisations with plans in the area (lead or owner of a plan's estate); while the
     * area has no plans yet, those with estates there (see docs/contracts.md).
     */
    housingOrganisationIds: readonly string[];
    basis: 'plans' | 'estates';
  };
};

export const conParties: Rule<PartiesCheck> = {
  id: 'CON-PARTIES',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Parterne er kommunens forvaltninger og boligorganisationerne med helhedsplaner i byområdet; kontrakten siger, hvem der gør hvad, og hvad kontraktdelen på 10,6 % betaler.',
    en: 'The parties are the municipal administrations and the housing organisations with plans in the area; the contract says who does what and what the 10.6 % contract part pays for.',
  },
  check: ({ content, eligible }) => {
    const found = finder(conParties);
    const out: Finding[] = [];
    const { administrationIds, housingOrganisationIds } = content.parties;
    administrationIds.forEach((id, i) => {
      if (!eligible.administrationIds.includes(id)) {
        out.push(
          found('error', `content.parties.administrationIds.${i}`, {
            da: 'Forvaltningen hører ikke til byområdets kommune',
            en: "The administration is not one of the urban area's municipality",
          }),
        );
      }
    });
    housingOrganisationIds.forEach((id, i) => {
      if (!eligible.housingOrganisationIds.includes(id)) {
        out.push(
          found(
            'error',
            `content.parties.housingOrganisationIds.${i}`,
            eligible.basis === 'plans'
              ? { da: 'Boligorganisationen har ingen helhedsplan i byområdet', en: 'The housing organisation has no plan in the urban area' }
              : { da: 'Boligorganisationen har ingen afdelinger i byområdet', en: 'The housing organisation has no estates in the urban area' },
          ),
        );
      }
    });
    content.tasks.forEach((t, i) => {
      const parties = t.party.kind === 'administration' ? administrationIds : housingOrganisationIds;
      if (!parties.includes(t.party.id)) {
        out.push(
          found('error', `content.tasks.${i}.party`, {
            da: `Opgaven "${t.task}" er lagt hos en, der ikke er part i kontrakten`,
            en: `The task "${t.task}" is given to someone who is not a party to the contract`,
          }),
        );
      }
    });
    content.municipalPart.forEach((m, i) => {
      if (m.administrationId !== null && !administrationIds.includes(m.administrationId)) {
        out.push(
          found('error', `content.municipalPart.${i}.administrationId`, {
            da: `"${m.description}" betales af en forvaltning, der ikke er part i kontrakten`,
            en: `"${m.description}" is paid by an administration that is not a party to the contract`,
          }),
        );
      }
    });
    if (administrationIds.length === 0 || housingOrganisationIds.length === 0) {
      out.push(
        found('warning', 'content.parties', {
          da: 'Kontrakten skal have mindst én forvaltning og én boligorganisation som parter',
          en: 'The contract needs at least one administration and one housing organisation as parties',
        }),
      );
    }
    return out;
  },
};

export type ContractStatus = 'draft' | 'approved';
export type ChangeAttempt =
  | { kind: 'draft_edit'; status: ContractStatus }
  | { kind: 'forum_revision'; status: ContractStatus; decisionDate: string; latestDecisionDate: string | null };

export const conRevision: Rule<ChangeAttempt> = {
  id: 'CON-REVISION',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Efter den politiske godkendelse kan forummet revidere kontrakten; hver revision er en ny, uforanderlig version med forummets beslutning (dato, reference).',
    en: "After political approval the forum may revise a contract; every revision is a new immutable version with the forum's decision (date, reference).",
  },
  check: (attempt) => {
    const found = finder(conRevision);
    if (attempt.kind === 'draft_edit') {
      if (attempt.status === 'draft') return [];
      return [
        found('error', 'status', {
          da: 'Kontrakten er godkendt; den ændres nu kun ved en revision vedtaget af forummet',
          en: 'The contract is approved; it is now changed only by a revision adopted by the forum',
        }),
      ];
    }
    if (attempt.status !== 'approved') {
      return [
        found('error', 'status', {
          da: 'Kontrakten er endnu ikke godkendt politisk; den godkendes sammen med byområdets helhedsplaner i Borgerrepræsentationen',
          en: "The contract is not yet approved politically; it is approved with the area's plans by the City Council",
        }),
      ];
    }
    if (attempt.latestDecisionDate !== null && attempt.decisionDate < attempt.latestDecisionDate) {
      return [
        found('error', 'decisionDate', {
          da: `Beslutningsdatoen ${attempt.decisionDate} ligger før den gældende versions beslutning (${attempt.latestDecisionDate})`,
          en: `The decision date ${attempt.decisionDate} is before the decision of the current version (${attempt.latestDecisionDate})`,
        }),
      ];
    }
    return [];
  },
};

/** Our inference: a validity period runs forward. */
export const conValidity: Rule<Pick<ContractContent, 'validFrom' | 'validTo'>> = {
  id: 'CON-VALIDITY',
  severity: 'error',
  source: 'inference',
  statement: {
    da: 'Kontraktens gyldighedsperiode begynder før den slutter.',
    en: "The contract's validity period starts before it ends.",
  },
  check: ({ validFrom, validTo }) => {
    if (validFrom === null || validTo === null || validFrom <= validTo) return [];
    return [
      finder(conValidity)('error', 'content.validTo', {
        da: `Gyldigheden slutter (${validTo}) før den begynder (${validFrom})`,
        en: `The validity ends (${validTo}) before it starts (${validFrom})`,
      }),
    ];
  },
};

/** A validity period as stored: either end may be open (null) while a draft grows. */
export type Validity = { validFrom: string | null; validTo: string | null };

export type InForceCheck = {
  /** The validity the contract would have (an open end counts as open: the contract may be in force then). */
  contract: Validity;
  /**
   * The urban area's other contracts, of every funding period, drafts included (they are approved
   * with the area's plans and are then in force), with the validity of their draft or current version.
   */
  others: (Validity & { id: string })[];
  /** The parameter of the contract's funding period (5, fact sheet). */
  maxContractsPerUrbanArea: number;
};

const firstDay = '0000-01-01';
const lastDay = '9999-12-31';

/** The most contracts among `others` in force on one day of `within` (closed date intervals). */
export function mostInForce(within: Validity, others: readonly Validity[]): { count: number; on: string | null } {
  const from = within.validFrom ?? firstDay;
  const to = within.validTo ?? lastDay;
  const clipped = others
    .map((o) => ({ from: o.validFrom ?? firstDay, to: o.validTo ?? lastDay }))
    .filter((o) => o.from <= to && o.to >= from)
    .map((o) => ({ from: o.from < from ? from : o.from, to: o.to > to ? to : o.to }));
  // The most intervals overlap on the first day of one of them.
  let best = { count: 0, on: null as string | null };
  for (const { from: day } of clipped) {
    const count = clipped.filter((o) => o.from <= day && day <= o.to).length;
    if (count > best.count) best = { count, on: day };
  }
  return best;
}

export const conInForce: Rule<InForceCheck> = {
  id: 'CON-IN-FORCE',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Højst fem kontrakter er i kraft i et byområde på samme tid, talt på tværs af bevillingsperioder (faktaarket: "maksimalt fem kontrakter for hvert byområde"); en kladde tæller for sin påtænkte gyldighed, en åben gyldighed som åben.',
    en: 'At most five contracts are in force in an urban area at any one time, counted across funding periods (fact sheet: "at most five contracts for each urban area"); a draft counts for its intended validity, an open validity as open.',
  },
  check: ({ contract, others, maxContractsPerUrbanArea: max }) => {
    const { count, on } = mostInForce(contract, others);
    if (count < max) return [];
    const day = on === firstDay ? null : on;
    return [
      finder(conInForce)('error', 'content.validFrom', {
        da: `Byområdet har allerede ${count} kontrakter i kraft ${day ? `den ${day}` : 'i kontraktens gyldighedsperiode'}; der må højst være ${max} i kraft på samme tid. Afgræns gyldighedsperioden, så den ikke overlapper.`,
        en: `The urban area already has ${count} contracts in force ${day ? `on ${day}` : "during the contract's validity"}; at most ${max} may be in force at one time. Bound the validity so that it does not overlap.`,
      }),
    ];
  },
};

export const conAreaVulnerable: Rule<{ urbanArea: { name: string; vulnerable: boolean } }> = {
  id: 'CON-AREA-VULNERABLE',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Kontrakter findes kun i de udsatte byområder (faktaarket: i hvert af de seks udsatte byområder).',
    en: 'Contracts exist in the vulnerable urban areas only (fact sheet: in each of the six vulnerable urban areas).',
  },
  check: ({ urbanArea }) =>
    urbanArea.vulnerable
      ? []
      : [
          finder(conAreaVulnerable)('error', 'urbanAreaId', {
            da: `Byområdet "${urbanArea.name}" er ikke et udsat byområde og kan ikke have samarbejdskontrakter`,
            en: `The urban area "${urbanArea.name}" is not a vulnerable urban area and cannot have cooperation contracts`,
          }),
        ],
};
