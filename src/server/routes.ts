/** Every feature's routes, in one list. */
import type { App } from './app.ts';
import { authRoutes } from './features/auth/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { urbanAreaRoutes } from './features/urban-areas/routes.ts';
import { municipalityRoutes } from './features/municipalities/routes.ts';
import { forumRoutes } from './features/forums/routes.ts';
import { housingOrganisationRoutes } from './features/housing-organisations/routes.ts';
import { estateRoutes } from './features/estates/routes.ts';
import { administrationRoutes } from './features/administrations/routes.ts';
import { committeeRoutes } from './features/committees/routes.ts';
import { fundingPeriodRoutes } from './features/funding-periods/routes.ts';
import { municipalFundingRulesRoutes } from './features/municipal-funding-rules/routes.ts';
import { auditEventRoutes } from './features/audit-events/routes.ts';
import { userRoutes } from './features/users/routes.ts';
import { planRoutes } from './features/plans/routes.ts';
import { poolRoutes } from './features/pools/routes.ts';
import { approvalRoutes } from './features/approval/routes.ts';
import { revisionRoutes } from './features/revisions/routes.ts';
import { contractRoutes } from './features/contracts/routes.ts';
import { documentRoutes } from './features/documents/routes.ts';

export function registerRoutes(app: App): void {
  healthRoutes(app);
  authRoutes(app);
  urbanAreaRoutes(app);
  municipalityRoutes(app);
  forumRoutes(app);
  housingOrganisationRoutes(app);
  estateRoutes(app);
  administrationRoutes(app);
  committeeRoutes(app);
  fundingPeriodRoutes(app);
  municipalFundingRulesRoutes(app);
  auditEventRoutes(app);
  userRoutes(app);
  planRoutes(app);
  poolRoutes(app);
  approvalRoutes(app);
  revisionRoutes(app);
  contractRoutes(app);
  documentRoutes(app);
}
