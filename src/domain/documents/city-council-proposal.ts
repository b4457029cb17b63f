/**
 * The proposal (indstilling) to the City Council (Borgerrepræsentationen) for one urban area and
 * one meeting: the plans whose next step is the City Council and the area's contracts awaiting
 * approval with them (APP-CONTRACTS-WITH-PLANS). A pure function turns the gathered facts into
 * a plain document model — sections of paragraphs, lists, facts and tables, all text already in
 * Danish notation — that the DOCX and PDF renderers lay out without deciding anything.
 */
import { danishDate } from '../dates.ts';
import { budgetMatrix } from '../budget.ts';
import { type Ore, formatBp, formatKroner, shareBp, sumOre } from '../money.ts';
import { type BudgetLineData, fundingSourceNames, fundingSources } from '../plans.ts';

export type ProposalPlanInput = {
  name: string;
  leadOrganisation: string;
  estates: string[];
  startDate: string;
  endDate: string;
  fundingPeriodName: string;
  challenges: string;
  goals: { title: string; description: string }[];
  budgetLines: BudgetLineData[];
  /** The funding period's intervention areas, for ordering and names. */
  interventionAreas: { id: string; number: number; name: string }[];
  poolAllocations: { poolName: string; amountOre: Ore }[];
  findings: { rule: string; severity: 'error' | 'warning'; message: string }[];
};

export type ProposalContractInput = {
  interventionArea: { number: number; name: string };
  workingGroup: string;
  administrations: string[];
  housingOrganisations: string[];
  purpose: string;
  goals: string[];
  tasks: { party: string; task: string }[];
  municipalPart: {
    kind: 'staff' | 'activity' | 'network';
    description: string;
    administration: string | null;
    hoursPerYear: number | null;
    amountOrePerYear: Ore | null;
  }[];
  validFrom: string | null;
  validTo: string | null;
  revisionClause: string;
};

export type ProposalInput = {
  /** YYYY-MM-DD. */
  meetingDate: string;
  urbanArea: string;
  municipality: string;
  plans: ProposalPlanInput[];
  contracts: ProposalContractInput[];
};

export type Block =
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'list'; items: string[]; numbered: boolean }
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | {
      kind: 'table';
      caption: string;
      header: string[];
      rows: string[][];
      /** Right-aligned (amount) columns. */
      numeric: boolean[];
      /** How many of the last rows are totals (shown bold). */
      totalRows: number;
    };

export type Section = { level: 1 | 2; heading: string; blocks: Block[] };

export type CityCouncilProposal = {
  title: string;
  meetingDate: string;
  /** "20. juni 2013". */
  meetingDateText: string;
  urbanArea: string;
  municipality: string;
  sections: Section[];
  totals: { frameOre: Ore; municipalOre: Ore; poolOre: Ore };
};

export const proposalTitle = 'Indstilling til Borgerrepræsentationen';

/** "2013-06-20" → "20. juni 2013" (src/domain/dates.ts). */
export { danishDate };

/** Lower-case ASCII for a filename: "Nørrebro" → "norrebro", "Ærø Å" → "aero-aa". */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `indstilling-BR-2013-06-20-norrebro.docx` */
export const proposalFilename = (meetingDate: string, urbanArea: string, ext: 'docx' | 'pdf'): string =>
  `indstilling-BR-${meetingDate}-${fileSlug(urbanArea) || 'omraade'}.${ext}`;

const kr = (ore: Ore) => formatKroner(ore);
const amount = (ore: Ore) => formatKroner(ore, { unit: false });
const period = (from: string | null, to: string | null) =>
  from && to ? `${danishDate(from)} – ${danishDate(to)}` : from ? `fra ${danishDate(from)}` : to ? `til ${danishDate(to)}` : 'ikke angivet';
const joinDa = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
const quoted = (s: string) => `»${s}«`;
const wholeNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const municipalKindNames: Record<ProposalContractInput['municipalPart'][number]['kind'], string> = {
  staff: 'Frikøbt medarbejder',
  activity: 'Aktivitet',
  network: 'Lokalt netværk',
};

type PlanFigures = { frameOre: Ore; municipalOre: Ore; municipalBp: number; poolOre: Ore };

function figures(p: ProposalPlanInput): PlanFigures {
  const m = budgetMatrix(p.budgetLines);
  return { frameOre: m.frameOre, municipalOre: m.bySource.municipal, municipalBp: m.shareBp.municipal, poolOre: sumOre(p.poolAllocations.map((a) => a.amountOre)) };
}

function recommendations(input: ProposalInput, all: PlanFigures[]): string[] {
  const items: string[] = [];
  input.plans.forEach((p, i) => {
    const f = all[i]!;
    items.push(
      `at den boligsociale helhedsplan ${quoted(p.name)} for perioden ${period(p.startDate, p.endDate)} godkendes med en samlet ramme på ${kr(f.frameOre)}`,
    );
    const pools = p.poolAllocations.map((a) => `${kr(a.amountOre)} fra puljen ${quoted(a.poolName)}`);
    items.push(
      `at den kommunale medfinansiering af ${quoted(p.name)} på ${kr(f.municipalOre)} (${formatBp(f.municipalBp)} af rammen) godkendes` +
        (pools.length > 0 ? `, finansieret med ${joinDa(pools)}` : ''),
    );
  });
  for (const c of input.contracts) {
    items.push(
      `at kontrakten om boligsocialt samarbejde i ${input.urbanArea} for indsatsområdet ${quoted(`${c.interventionArea.number}. ${c.interventionArea.name}`)} godkendes`,
    );
  }
  return items;
}

function planSection(p: ProposalPlanInput, f: PlanFigures): Section[] {
  const order = p.interventionAreas.map((a) => a.id);
  const m = budgetMatrix(p.budgetLines, order);
  const areaName = new Map(p.interventionAreas.map((a) => [a.id, `${a.number}. ${a.name}`]));
  const sourceHeader = fundingSources.map((s) => fundingSourceNames[s].da);
  const errors = p.findings.filter((x) => x.severity === 'error');
  const warnings = p.findings.filter((x) => x.severity === 'warning');
  const ruleText =
    errors.length === 0
      ? `Regelrapporten er uden fejl${warnings.length === 0 ? ' og uden advarsler.' : ` og har ${warnings.length} ${warnings.length === 1 ? 'advarsel' : 'advarsler'}.`}`
      : `Regelrapporten har ${errors.length} fejl og ${warnings.length} ${warnings.length === 1 ? 'advarsel' : 'advarsler'}.`;

  const blocks: Block[] = [
    {
      kind: 'facts',
      rows: [
        { label: 'Ansvarlig boligorganisation', value: p.leadOrganisation },
        { label: 'Afdelinger', value: p.estates.length > 0 ? p.estates.join(', ') : 'ingen' },
        { label: 'Periode', value: period(p.startDate, p.endDate) },
        { label: 'Midler fra Landsbyggefonden', value: p.fundingPeriodName },
        { label: 'Samlet ramme', value: kr(f.frameOre) },
        { label: 'Kommunal andel', value: `${kr(f.municipalOre)} (${formatBp(f.municipalBp)} af rammen)` },
        { label: 'Heraf kontraktdel', value: `${kr(m.municipalParts.contractOre)} (${formatBp(shareBp(m.municipalParts.contractOre, m.frameOre))})` },
        { label: 'Heraf facilitering', value: `${kr(m.municipalParts.facilitationOre)} (${formatBp(shareBp(m.municipalParts.facilitationOre, m.frameOre))})` },
        { label: 'Lokal medfinansiering', value: `${kr(m.localOre)} (${formatBp(m.localShareBp)})` },
      ],
    },
  ];
  if (p.challenges.trim()) blocks.push({ kind: 'paragraph', text: `Udfordringer: ${p.challenges.trim()}` });
  blocks.push({ kind: 'paragraph', text: 'Mål', bold: true });
  blocks.push(
    p.goals.length > 0
      ? { kind: 'list', numbered: true, items: p.goals.map((g) => (g.description.trim() ? `${g.title}: ${g.description.trim()}` : g.title)) }
      : { kind: 'paragraph', text: 'Planen har endnu ingen mål.' },
  );
  blocks.push({
    kind: 'table',
    caption: 'Budget pr. år og finansieringskilde (kr.)',
    header: ['År', ...sourceHeader, 'I alt'],
    rows: [
      ...m.years.map((y) => [String(y.year), ...fundingSources.map((s) => amount(y.bySource[s])), amount(y.totalOre)]),
      ['I alt', ...fundingSources.map((s) => amount(m.bySource[s])), amount(m.frameOre)],
      ['Andel', ...fundingSources.map((s) => formatBp(m.shareBp[s])), formatBp(m.frameOre > 0 ? 10_000 : 0)],
    ],
    numeric: [false, ...fundingSources.map(() => true), true],
    totalRows: 2,
  });
  if (m.areas.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Budget pr. indsatsområde (kr.)',
      header: ['Indsatsområde', 'Kommunen', 'I alt'],
      rows: [
        ...m.areas.map((a) => [areaName.get(a.interventionAreaId) ?? a.interventionAreaId, amount(a.bySource.municipal), amount(a.totalOre)]),
        ['I alt', amount(m.bySource.municipal), amount(m.frameOre)],
      ],
      numeric: [false, true, true],
      totalRows: 1,
    });
  }
  blocks.push({ kind: 'paragraph', text: 'Træk på puljen', bold: true });
  blocks.push(
    p.poolAllocations.length > 0
      ? {
          kind: 'table',
          caption: 'Bevilling fra den kommunale pulje (kr.)',
          header: ['Pulje', 'Bevilling'],
          rows: [...p.poolAllocations.map((a) => [a.poolName, amount(a.amountOre)]), ['I alt', amount(f.poolOre)]],
          numeric: [false, true],
          totalRows: 1,
        }
      : { kind: 'paragraph', text: 'Planen har ingen bevilling fra en kommunal pulje.' },
  );
  blocks.push({ kind: 'paragraph', text: 'Regelstatus', bold: true });
  blocks.push({ kind: 'paragraph', text: ruleText });
  if (p.findings.length > 0) {
    blocks.push({ kind: 'list', numbered: false, items: [...errors, ...warnings].map((x) => `${x.severity === 'error' ? 'Fejl' : 'Advarsel'} ${x.rule}: ${x.message}`) });
  }
  return [{ level: 2, heading: p.name, blocks }];
}

function contractSection(urbanArea: string, c: ProposalContractInput): Section {
  const area = `${c.interventionArea.number}. ${c.interventionArea.name}`;
  const blocks: Block[] = [
    {
      kind: 'facts',
      rows: [
        { label: 'Indsatsområde', value: area },
        { label: 'Byområde', value: urbanArea },
        { label: 'Arbejdsgruppe', value: c.workingGroup },
        { label: 'Forvaltninger', value: c.administrations.length > 0 ? c.administrations.join(', ') : 'ingen endnu' },
        { label: 'Boligorganisationer', value: c.housingOrganisations.length > 0 ? c.housingOrganisations.join(', ') : 'ingen endnu' },
        { label: 'Gyldighed', value: period(c.validFrom, c.validTo) },
      ],
    },
    { kind: 'paragraph', text: 'Formål', bold: true },
    { kind: 'paragraph', text: c.purpose.trim() || 'Ikke beskrevet endnu.' },
  ];
  if (c.goals.length > 0) blocks.push({ kind: 'paragraph', text: 'Mål', bold: true }, { kind: 'list', numbered: true, items: c.goals });
  blocks.push({ kind: 'paragraph', text: 'Opgavefordeling', bold: true });
  blocks.push(
    c.tasks.length > 0
      ? { kind: 'table', caption: 'Hvem gør hvad', header: ['Part', 'Opgave'], rows: c.tasks.map((t) => [t.party, t.task]), numeric: [false, false], totalRows: 0 }
      : { kind: 'paragraph', text: 'Ingen opgaver fordelt endnu.' },
  );
  blocks.push({ kind: 'paragraph', text: 'Den kommunale kontraktdel (10,6 %) betaler for', bold: true });
  blocks.push(
    c.municipalPart.length > 0
      ? {
          kind: 'table',
          caption: 'Den kommunale kontraktdel',
          header: ['Type', 'Beskrivelse', 'Forvaltning', 'Timer pr. år', 'Kr. pr. år'],
          rows: c.municipalPart.map((m) => [
            municipalKindNames[m.kind],
            m.description,
            m.administration ?? '',
            m.hoursPerYear === null ? '' : wholeNumber(m.hoursPerYear),
            m.amountOrePerYear === null ? '' : amount(m.amountOrePerYear),
          ]),
          numeric: [false, false, false, true, true],
          totalRows: 0,
        }
      : { kind: 'paragraph', text: 'Ikke beskrevet endnu.' },
  );
  if (c.revisionClause.trim()) blocks.push({ kind: 'paragraph', text: `Revision: ${c.revisionClause.trim()}` });
  return { level: 2, heading: `Kontrakt om boligsocialt samarbejde: ${area}`, blocks };
}

export function cityCouncilProposal(input: ProposalInput): CityCouncilProposal {
  const all = input.plans.map(figures);
  const totals = {
    frameOre: sumOre(all.map((f) => f.frameOre)),
    municipalOre: sumOre(all.map((f) => f.municipalOre)),
    poolOre: sumOre(all.map((f) => f.poolOre)),
  };
  const nPlans = input.plans.length;
  const nContracts = input.contracts.length;
  const intro =
    `Borgerrepræsentationen forelægges ${nPlans === 1 ? 'én boligsocial helhedsplan' : `${nPlans} boligsociale helhedsplaner`} i ${input.urbanArea}` +
    (nContracts > 0 ? ` og ${nContracts === 1 ? 'én kontrakt' : `${nContracts} kontrakter`} om boligsocialt samarbejde, som godkendes sammen med planerne` : '') +
    `. Planerne er godkendt af de relevante udvalg og Økonomiudvalget.`;

  const sections: Section[] = [
    {
      level: 1,
      heading: 'Indstilling',
      blocks: [
        { kind: 'paragraph', text: intro },
        { kind: 'paragraph', text: 'Det indstilles, at Borgerrepræsentationen godkender:' },
        { kind: 'list', numbered: true, items: recommendations(input, all) },
      ],
    },
    {
      level: 1,
      heading: 'Økonomi',
      blocks: [
        {
          kind: 'table',
          caption: 'Planernes ramme, kommunal andel og træk på puljen (kr.)',
          header: ['Plan', 'Samlet ramme', 'Kommunal andel', 'Andel', 'Træk på puljen'],
          rows: [
            ...input.plans.map((p, i) => {
              const f = all[i]!;
              return [p.name, amount(f.frameOre), amount(f.municipalOre), formatBp(f.municipalBp), amount(f.poolOre)];
            }),
            ['I alt', amount(totals.frameOre), amount(totals.municipalOre), formatBp(shareBp(totals.municipalOre, totals.frameOre)), amount(totals.poolOre)],
          ],
          numeric: [false, true, true, true, true],
          totalRows: 1,
        },
      ],
    },
    { level: 1, heading: 'Helhedsplanerne', blocks: [] },
    ...input.plans.flatMap((p, i) => planSection(p, all[i]!)),
  ];
  if (nContracts > 0) {
    sections.push({ level: 1, heading: 'Kontrakter om boligsocialt samarbejde', blocks: [] });
    sections.push(...input.contracts.map((c) => contractSection(input.urbanArea, c)));
  }
  return {
    title: proposalTitle,
    meetingDate: input.meetingDate,
    meetingDateText: danishDate(input.meetingDate),
    urbanArea: input.urbanArea,
    municipality: input.municipality,
    sections,
    totals,
  };
}
