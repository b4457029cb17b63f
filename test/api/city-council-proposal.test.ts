/**
 * The proposal (indstilling) to the City Council: plans brought to "waiting for the City Council"
 * through the decisions API, a pool allocation and a draft contract; the DOCX and the PDF are
 * parsed back (mammoth, pdf.js) and their content checked.
 */
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { cleanPlanVia, driveTo, useApprovalActors, versionOf } from '../helpers/approval.ts';
import { createPlanVia, planBody } from '../helpers/plans.ts';
import { expectProblem } from '../helpers/registry.ts';

const t = useTestApp();
const { r, a } = useApprovalActors(t);
let interventionAreaName: string;
const names = { one: 'Helhedsplan Bispeparken og Stærevej', two: 'Helhedsplan Ærøgade', draft: 'Helhedsplan Ikke færdig' };
const poolName = 'Pulje til boligsociale helhedsplaner 2013–16';

const url = (urbanAreaId: string, format: string, meetingDate = '2013-06-20') =>
  `/api/exports/city-council-proposal?urbanAreaId=${urbanAreaId}&meetingDate=${meetingDate}&format=${format}`;

async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : ' ');
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: parts.join('').replace(/[ \t]+/g, ' ') };
}

beforeAll(async () => {
  const pool = await a.admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name: poolName, budgetYear: 2013, capacityOre: 10_000_000_00, fundingPeriodIds: [r.period] } });
  expect(pool.statusCode, pool.body).toBe(201);

  for (const name of [names.one, names.two]) {
    const plan = await cleanPlanVia(a.staff, r, { name });
    if (name === names.one) {
      const alloc = await a.admin.request({ method: 'POST', url: `/api/pools/${pool.json().id}/allocations`, payload: { planId: plan.id, amountOre: 375_000_00 } });
      expect(alloc.statusCode, alloc.body).toBe(201);
    }
    await driveTo(a, r, plan.id, await versionOf(a.staff, plan.id), 'city_council');
  }
  // A plan of the area that is not waiting for the City Council stays out.
  await createPlanVia(a.staff, planBody(r, { name: names.draft }));

  const area = await t.db.selectFrom('interventionArea').select('name').where('id', '=', r.areaIds[0]!).executeTakeFirstOrThrow();
  interventionAreaName = area.name;
  const group = await t.db
    .selectFrom('workingGroup')
    .innerJoin('forum', 'forum.id', 'workingGroup.forumId')
    .select('workingGroup.id')
    .where('forum.urbanAreaId', '=', r.bispebjerg)
    .executeTakeFirstOrThrow();
  const contract = await a.admin.request({
    method: 'POST',
    url: '/api/contracts',
    payload: {
      urbanAreaId: r.bispebjerg,
      interventionAreaId: r.areaIds[0],
      workingGroupId: group.id,
      content: {
        parties: { administrationIds: [r.buf, r.bif], housingOrganisationIds: [r.fsb] },
        purpose: 'Flere unge i uddannelse og job i Bispebjerg',
        goals: ['Flere unge gennemfører en ungdomsuddannelse'],
        tasks: [{ party: { kind: 'administration', id: r.buf }, task: 'Lektiecafé i samarbejde med skolen' }],
        municipalPart: [{ kind: 'staff', description: 'Frikøbt UU-vejleder', administrationId: r.buf, hoursPerYear: 1200, amountOrePerYear: null }],
        contactPersons: [{ name: 'Anne Holm', role: 'Formand' }],
        validFrom: '2013-07-01',
        validTo: '2016-12-31',
        revisionClause: 'Kontrakten revideres årligt af Boligsocialt Forum.',
      },
    },
  });
  expect(contract.statusCode, contract.body).toBe(201);
}, 120_000);

function expectProposal(text: string) {
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Indstilling til Borgerrepræsentationen');
  expect(flat).toContain('20. juni 2013');
  expect(flat).toContain('Bispebjerg');
  expect(flat).toContain(names.one);
  expect(flat).toContain(names.two);
  expect(flat).not.toContain(names.draft);
  // Frame 4 × 1.000.000 kr.; municipal 10,6 % + 1,9 % = 12,5 %; both plans together.
  expect(flat).toContain('4.000.000,00 kr.');
  expect(flat).toContain('500.000,00 kr. (12,5 % af rammen)');
  expect(flat).toContain('8.000.000,00');
  expect(flat).toContain('1.000.000,00');
  // The pool draw, in the proposed decisions and in the plan's section.
  expect(flat).toContain(`375.000,00 kr. fra puljen »${poolName}«`);
  expect(flat).toContain('375.000,00');
  // The contract.
  expect(flat).toContain(interventionAreaName);
  expect(flat).toContain('Lektiecafé i samarbejde med skolen');
  expect(flat).toContain('Frikøbt UU-vejleder');
  expect(flat).toContain('1.200');
  expect(flat).toMatch(/kontrakten om boligsocialt samarbejde i Bispebjerg for indsatsområdet/);
  expect(flat).toContain('Regelrapporten er uden fejl');
}

describe('GET /api/exports/city-council-proposal', () => {
  it('as DOCX: the plans, budgets, municipal shares, pool draw and the contract', async () => {
    const res = await a.caseWorker.request({ method: 'GET', url: url(r.bispebjerg, 'docx') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('indstilling-BR-2013-06-20-bispebjerg.docx');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expectProposal(value);
    expect(value).toContain('Borgerrepræsentationen');
    expect(value).toContain('Økonomi');
  });

  it('as PDF: the same content with æ, ø and å intact, and page numbers', async () => {
    const res = await a.fund.request({ method: 'GET', url: url(r.bispebjerg, 'pdf') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain('indstilling-BR-2013-06-20-bispebjerg.pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = await pdfText(res.rawPayload);
    expectProposal(text);
    expect(text).toContain('Ærøgade');
    expect(text).toContain('Stærevej');
    expect(text).toContain('Økonomi');
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`side 1 af ${pages}`);
    expect(text).toContain(`side ${pages} af ${pages}`);
  });

  it('is refused to housing staff and researchers (403)', async () => {
    expectProblem(await a.staff.request({ method: 'GET', url: url(r.bispebjerg, 'pdf') }), 403);
    const researcher = await t.signIn('forsker@demo.example');
    expectProblem(await researcher.request({ method: 'GET', url: url(r.bispebjerg, 'docx') }), 403);
  });

  it('answers 422 with a Danish sentence when nothing in the area awaits the City Council', async () => {
    const p = expectProblem(await a.caseWorker.request({ method: 'GET', url: url(r.osterbro, 'docx') }), 422);
    expect(p.detail).toBe('Der er ingen planer i Østerbro, som afventer Borgerrepræsentationens godkendelse; der er ikke noget at indstille');
  });

  it('answers 400 for a bad date or format, and 404 for an unknown area', async () => {
    expectProblem(await a.caseWorker.request({ method: 'GET', url: url(r.bispebjerg, 'docx', '2013-02-30') }), 400);
    expectProblem(await a.caseWorker.request({ method: 'GET', url: url(r.bispebjerg, 'docx', '20-06-2013') }), 400);
    expectProblem(await a.caseWorker.request({ method: 'GET', url: url(r.bispebjerg, 'odt') }), 400);
    expectProblem(await a.caseWorker.request({ method: 'GET', url: url(crypto.randomUUID(), 'pdf') }), 404);
  });
});
