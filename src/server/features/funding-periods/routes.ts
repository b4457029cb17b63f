import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import {
  FundingPeriod,
  FundingPeriodDetail,
  FundingPeriodPatch,
  InterventionArea,
  InterventionAreaInput,
} from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { addInterventionArea } from './add-intervention-area.ts';
import { findFundingPeriod, findInterventionArea, listFundingPeriods, listInterventionAreas } from './queries.ts';
import { fundingPeriodWhat, updateFundingPeriod } from './update-funding-period.ts';

const tags = ['registry'];

export function fundingPeriodRoutes(app: App): void {
  const getOne = async (id: string) => {
    const row = await findFundingPeriod(app.db, id);
    if (!row) throw notFound(fundingPeriodWhat);
    return { ...presentDated(row), interventionAreas: await listInterventionAreas(app.db, id) };
  };

  app.get(
    '/api/funding-periods',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: "Landsbyggefonden's funding periods (bevillingsperioder) with their rule parameters",
        querystring: z.strictObject(ListQuery),
        response: { 200: listOf(FundingPeriod) },
      },
    },
    async (req) => pageOf((await listFundingPeriods(app.db, req.query)).map(presentDated), req.query),
  );

  app.get(
    '/api/funding-periods/:id',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'One funding period with its rule parameters and intervention areas',
        params: IdParams,
        response: { 200: FundingPeriodDetail },
      },
    },
    async (req, reply) => sendVersioned(reply, await getOne(req.params.id)),
  );

  app.patch(
    '/api/funding-periods/:id',
    {
      config: { access: 'funding_period.write' },
      schema: {
        tags,
        summary: 'Rename a funding period or change its rule parameters (If-Match required)',
        params: IdParams,
        body: FundingPeriodPatch,
        response: { 200: FundingPeriodDetail },
      },
    },
    async (req, reply) => {
      await updateFundingPeriod(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getOne(req.params.id));
    },
  );

  app.post(
    '/api/funding-periods/:id/intervention-areas',
    {
      config: { access: 'funding_period.write' },
      schema: {
        tags,
        summary: "Add an intervention area (indsatsområde) to a funding period's catalogue",
        params: IdParams,
        body: InterventionAreaInput,
        response: { 201: InterventionArea },
      },
    },
    async (req, reply) => {
      const id = await addInterventionArea(signedIn(req.ctx), req.params.id, req.body);
      const area = await findInterventionArea(app.db, id);
      if (!area) throw notFound({ da: 'Indsatsområdet', en: 'The intervention area' });
      return reply.code(201).send(area);
    },
  );
}
