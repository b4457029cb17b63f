/**
 * A municipality's own parameters per funding period (PERIOD-OWNER): its co-financing cap and the
 * split of it. Read by every signed-in role, changed by the municipality's admins.
 */
import { IdParams } from '../../../domain/schemas/common.ts';
import {
  MunicipalFundingRules,
  MunicipalFundingRulesList,
  MunicipalFundingRulesPatch,
  MunicipalPeriodParams,
} from '../../../domain/schemas/registry.ts';
import { notFound } from '../../../domain/errors.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { sendVersioned, expectedVersion } from '../../http/preconditions.ts';
import { iso } from '../../http/present.ts';
import { type MunicipalRulesRow, findMunicipalRules, listMunicipalRules, municipalRulesWhat } from './queries.ts';
import { updateMunicipalFundingRules } from './update-municipal-funding-rules.ts';
import { findMunicipality } from '../municipalities/queries.ts';

const tags = ['registry'];

const present = (r: MunicipalRulesRow) => ({
  id: r.id,
  version: r.version,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
  municipalityId: r.municipalityId,
  fundingPeriod: { id: r.fundingPeriodId, name: r.fundingPeriodName, startYear: r.startYear, endYear: r.endYear },
  rules: { municipalCapBp: r.municipalCapBp, municipalContractPartBp: r.municipalContractPartBp, municipalFacilitationPartBp: r.municipalFacilitationPartBp },
  inferred: r.inferred as Record<string, { da: string; en: string }>,
});

export function municipalFundingRulesRoutes(app: App): void {
  app.get(
    '/api/municipalities/:id/funding-rules',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: "The municipality's own rule parameters for each funding period (PERIOD-OWNER)", params: IdParams, response: { 200: MunicipalFundingRulesList } },
    },
    async (req) => {
      const municipality = await findMunicipality(app.db, req.params.id);
      if (!municipality) throw notFound({ da: 'Kommunen', en: 'The municipality' });
      return { items: (await listMunicipalRules(app.db, req.params.id)).map(present) };
    },
  );

  app.get(
    '/api/municipalities/:id/funding-rules/:fundingPeriodId',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: "The municipality's own rule parameters for one funding period", params: MunicipalPeriodParams, response: { 200: MunicipalFundingRules } },
    },
    async (req, reply) => {
      const row = await findMunicipalRules(app.db, req.params.id, req.params.fundingPeriodId);
      if (!row) throw notFound(municipalRulesWhat);
      return sendVersioned(reply, present(row));
    },
  );

  app.patch(
    '/api/municipalities/:id/funding-rules/:fundingPeriodId',
    {
      config: { access: 'municipal_rules.write' },
      schema: {
        tags,
        summary: "Change the municipality's cap and split for a funding period (If-Match required; the municipality's admins only, PERIOD-OWNER)",
        params: MunicipalPeriodParams,
        body: MunicipalFundingRulesPatch,
        response: { 200: MunicipalFundingRules },
      },
    },
    async (req, reply) => {
      const row = await updateMunicipalFundingRules(signedIn(req.ctx), req.params.id, req.params.fundingPeriodId, expectedVersion(req), req.body);
      return sendVersioned(reply, present(row));
    },
  );
}
