import { IdParams } from '../../../domain/schemas/common.ts';
import {
  FundingPeriod,
  FundingPeriodDetail,
  FundingPeriodPatch,
  InterventionArea,
  InterventionAreaInput,
} from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import type { Db } from '../../db/create-db.ts';
import type { KeysetPage } from '../../db/keyset.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { addInterventionArea } from './add-intervention-area.ts';
import { findFundingPeriod, fundingPeriodOrder, listFundingPeriods } from './queries.ts';
import { fundingPeriodWhat, updateFundingPeriod } from './update-funding-period.ts';

const tags = ['registry'];

export function fundingPeriodRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/funding-periods',
    tags,
    what: fundingPeriodWhat,
    item: FundingPeriod,
    one: FundingPeriodDetail,
    present: presentDated,
    list: {
      summary: "Landsbyggefonden's funding periods (bevillingsperioder) with their rule parameters",
      filter: {},
      keyset: fundingPeriodOrder,
      rows: (db: Db, _filter: object, page: KeysetPage) => listFundingPeriods(db, page),
    },
    get: { summary: 'One funding period with its rule parameters and intervention areas', find: findFundingPeriod },
    patch: {
      summary: "Rename a funding period or change the fund's rule parameters (If-Match required; fund officers only, PERIOD-OWNER)",
      access: 'funding_period.write',
      body: FundingPeriodPatch,
      write: updateFundingPeriod,
    },
  });

  app.post(
    '/api/funding-periods/:id/intervention-areas',
    {
      config: { access: 'funding_period.write' },
      schema: {
        tags,
        summary: "Add an intervention area (indsatsområde) to a funding period's catalogue (fund officers only, PERIOD-OWNER)",
        params: IdParams,
        body: InterventionAreaInput,
        response: { 201: InterventionArea },
      },
    },
    async (req, reply) => {
      const { id, number, name, municipalInterface } = await addInterventionArea(signedIn(req.ctx), req.params.id, req.body);
      return reply.code(201).send({ id, number, name, municipalInterface });
    },
  );
}
