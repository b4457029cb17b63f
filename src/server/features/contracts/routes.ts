/**
 * Cooperation contracts (Kontrakter om boligsocialt samarbejde). Writes need If-Match with the
 * contract's version (428 missing, 412 stale); rule violations are 422 with the CON-* rule ids.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '../../../domain/authorization.ts';
import { compareContractVersions } from '../../../domain/contract-compare.ts';
import { notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import {
  CompareQuery,
  Contract,
  ContractComparison,
  type ContractContent,
  ContractInput,
  ContractListQuery,
  ContractPatch,
  ContractRevision,
  ContractRevisionList,
  ContractSummary,
  RevisionInput,
} from '../../../domain/schemas/contracts.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { languageOf } from '../../http/language.ts';
import { etagOf, expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { contentFindings, contractWhat } from './contract-checks.ts';
import { createContract } from './create-contract.ts';
import { listContracts } from './list-contracts.ts';
import { presentComparison, presentContract, presentRevision } from './present.ts';
import { type ContractDetails, contractTarget, findContract } from './queries.ts';
import { reviseContract } from './revise-contract.ts';
import { updateContract } from './update-contract.ts';

const tags = ['contracts'];
const revisionWhat = { da: 'Kontraktversionen', en: 'The contract version' };

export function contractRoutes(app: App): void {
  /** The contract if the actor may read it; otherwise 404 (a draft's existence is not revealed). */
  const readable = async (req: FastifyRequest, id: string): Promise<ContractDetails> => {
    const d = await findContract(app.db, id);
    if (!d || !can(actorOf(req), 'contract.read', contractTarget(d))) throw notFound(contractWhat);
    return d;
  };
  /** The contract with the CON-* report of its draft (or its current version). */
  const full = async (req: FastifyRequest, d: ContractDetails) => {
    const content = (d.contract.draft ?? d.revisions.at(-1)?.content) as ContractContent;
    const c = d.contract;
    const findings = await contentFindings(app.db, { urbanAreaId: c.urbanAreaId, municipalityId: c.municipalityId, interventionAreaId: c.interventionAreaId }, content);
    return presentContract(d, findings, languageOf(req));
  };

  app.get(
    '/api/contracts',
    {
      config: { access: 'contract.read' },
      schema: {
        tags,
        summary: 'Contracts the user may read, with their current version',
        querystring: z.strictObject({ ...ListQuery, ...ContractListQuery }),
        response: { 200: listOf(ContractSummary) },
      },
    },
    async (req) => {
      const { limit, cursor, ...filter } = req.query;
      return listContracts(app.db, actorOf(req), filter, { limit, cursor });
    },
  );

  app.post(
    '/api/contracts',
    {
      config: { access: 'contract.write' },
      schema: { tags, summary: 'Create a draft contract for an urban area and intervention area', body: ContractInput, response: { 201: Contract } },
    },
    async (req, reply) => {
      const { contract, findings } = await createContract(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), presentContract(contract, findings, languageOf(req)));
    },
  );

  app.get(
    '/api/contracts/:id',
    {
      config: { access: 'contract.read' },
      schema: { tags, summary: 'One contract: its current version, its draft and the CON-* rule report', params: IdParams, response: { 200: Contract } },
    },
    async (req, reply) => sendVersioned(reply, await full(req, await readable(req, req.params.id))),
  );

  app.patch(
    '/api/contracts/:id',
    {
      config: { access: 'contract.write' },
      schema: { tags, summary: 'Change the draft of a contract while it is a draft (If-Match required)', params: IdParams, body: ContractPatch, response: { 200: Contract } },
    },
    async (req, reply) => {
      const { contract, findings } = await updateContract(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, presentContract(contract, findings, languageOf(req)));
    },
  );

  app.get(
    '/api/contracts/:id/revisions',
    {
      config: { access: 'contract.read' },
      schema: {
        tags,
        summary: 'Every adopted version of a contract, oldest first',
        params: IdParams,
        response: { 200: ContractRevisionList },
      },
    },
    async (req, reply) => {
      const d = await readable(req, req.params.id);
      void reply.header('etag', etagOf(d.contract.version));
      const latest = d.revisions.at(-1)?.number ?? 0;
      return { contractId: d.contract.id, version: d.contract.version, items: d.revisions.map((r) => presentRevision(r, latest)) };
    },
  );

  app.post(
    '/api/contracts/:id/revisions',
    {
      config: { access: 'contract.revise' },
      schema: {
        tags,
        summary: "Adopt a forum revision of an approved contract (If-Match: the contract's version)",
        params: IdParams,
        body: RevisionInput,
        response: { 201: ContractRevision },
      },
    },
    async (req, reply) => {
      const { revision, version } = await reviseContract(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      void reply.code(201).header('etag', etagOf(version));
      return presentRevision(revision, revision.number);
    },
  );

  app.get(
    '/api/contracts/:id/revisions/compare',
    {
      config: { access: 'contract.read' },
      schema: {
        tags,
        summary: 'Two versions side by side: every field, and list items added, removed or changed',
        params: IdParams,
        querystring: CompareQuery,
        response: { 200: ContractComparison },
      },
    },
    async (req) => {
      const d = await readable(req, req.params.id);
      const latest = d.revisions.at(-1)?.number ?? 0;
      const pick = (n: number) => {
        const r = d.revisions.find((x) => x.number === n);
        if (!r) throw notFound(revisionWhat);
        return presentRevision(r, latest);
      };
      const from = pick(req.query.from);
      const to = pick(req.query.to);
      return presentComparison(d.contract.id, from, to, compareContractVersions(from.content, to.content), languageOf(req));
    },
  );
}
