/**
 * FORUM-* rules (docs/rules.md, "Fora"): where a Boligsocialt Forum exists and who sits in it. Pure:
 * the server loads what a rule reads and hands it in.
 */
import { type Finding, type Rule, finder } from './rule.ts';

type Area = { name: string; vulnerable: boolean };

/**
 * What happens to an area's forum: one is to be created (`create`), or the area stays as it is or
 * changes its vulnerability while it has one (`keep`, with what the forum holds).
 */
export type ForumPlacement =
  | { action: 'create'; area: Area }
  | { action: 'keep'; area: Area; forum: { members: number; workingGroups: number } };

export const forumVulnerable: Rule<ForumPlacement> = {
  id: 'FORUM-VULNERABLE',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Et Boligsocialt Forum findes for hvert udsat byområde og kun for dem (faktaarket: fora i Københavns seks udsatte byområder); det oprettes, når byområdet bliver udsat.',
    en: 'A Boligsocialt Forum exists for each vulnerable urban area, and only for those (fact sheet: fora in the six vulnerable urban areas of Copenhagen); it is created when the area becomes vulnerable.',
  },
  check: (p) => {
    const found = finder(forumVulnerable);
    if (p.area.vulnerable) return [];
    if (p.action === 'create') {
      return [
        found('error', 'urbanAreaId', {
          da: `Byområdet "${p.area.name}" er ikke udsat og kan ikke have et Boligsocialt Forum`,
          en: `The urban area "${p.area.name}" is not vulnerable and cannot have a Boligsocialt Forum`,
        }),
      ];
    }
    const { members, workingGroups } = p.forum;
    if (members + workingGroups === 0) return [];
    return [
      found('error', 'vulnerable', {
        da: `Byområdets forum har ${members} medlemmer og ${workingGroups} arbejdsgrupper; fjern dem, før byområdet ikke længere er udsat (så nedlægges forummet)`,
        en: `The area's forum has ${members} members and ${workingGroups} working groups; remove them before the area stops being vulnerable (the forum is then closed)`,
      }),
    ];
  },
};

export type ForumComposition = {
  /** Every administration of the area's municipality. */
  administrations: { id: string; name: string }[];
  /** The housing organisations with plans in the area (lead, or owner of a plan's estate; live plans). */
  housingOrganisations: { id: string; name: string }[];
  /** Whom the members represent. */
  members: { administrationId: string | null; housingOrganisationId: string | null }[];
};

export const forumMembers: Rule<ForumComposition> = {
  id: 'FORUM-MEMBERS',
  severity: 'warning',
  source: 'fact_sheet',
  statement: {
    da: 'Et forum har repræsentanter for alle kommunens forvaltninger og for boligorganisationerne med helhedsplaner i byområdet; mangler én, er det en advarsel.',
    en: "A forum has representatives of every municipal administration and of the housing organisations with plans in the area; a missing one is a warning.",
  },
  check: ({ administrations, housingOrganisations, members }) => {
    const found = finder(forumMembers);
    const out: Finding[] = [];
    const administrationIds = new Set(members.map((m) => m.administrationId));
    const organisationIds = new Set(members.map((m) => m.housingOrganisationId));
    for (const a of administrations.filter((x) => !administrationIds.has(x.id))) {
      out.push(
        found('warning', 'members', {
          da: `Forummet har ingen repræsentant for ${a.name}`,
          en: `The forum has no representative of ${a.name}`,
        }),
      );
    }
    for (const o of housingOrganisations.filter((x) => !organisationIds.has(x.id))) {
      out.push(
        found('warning', 'members', {
          da: `Forummet har ingen repræsentant for boligorganisationen ${o.name}, der har en helhedsplan i byområdet`,
          en: `The forum has no representative of the housing organisation ${o.name}, which has a plan in the area`,
        }),
      );
    }
    return out;
  },
};
