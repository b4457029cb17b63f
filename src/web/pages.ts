/**
 * Every signed-in page, loaded when its route is first shown (or preloaded while the session is
 * still being asked for): each feature's pages come as their own chunk. The sign-in page is App's.
 */
import { lazyNamed } from './lazy.ts';

const page = lazyNamed;

/** Starts loading the code of a page (anything without `preload`: nothing), without showing it. */
export function preloadPage(component: unknown): void {
  const preload = (component as { preload?: unknown } | null)?.preload;
  if (typeof preload === 'function') void (preload as () => Promise<unknown>)().catch(() => undefined);
}

export const PlanComparePage = page(() => import('./features/approval/PlanComparePage.tsx'), 'PlanComparePage');
export const WaitingPage = page(() => import('./features/approval/WaitingPage.tsx'), 'WaitingPage');
export const BodiesPage = page(() => import('./features/bodies/BodiesPage.tsx'), 'BodiesPage');
export const EditBodyPage = page(() => import('./features/bodies/EditBodyPage.tsx'), 'EditBodyPage');
export const ContractComparePage = page(() => import('./features/contracts/ContractComparePage.tsx'), 'ContractComparePage');
export const ContractEditorPage = page(() => import('./features/contracts/ContractEditorPage.tsx'), 'ContractEditorPage');
export const ContractPage = page(() => import('./features/contracts/ContractPage.tsx'), 'ContractPage');
export const ContractsPage = page(() => import('./features/contracts/ContractsPage.tsx'), 'ContractsPage');
export const NewContractPage = page(() => import('./features/contracts/NewContractPage.tsx'), 'NewContractPage');
export const EditEstatePage = page(() => import('./features/estates/EditEstatePage.tsx'), 'EditEstatePage');
export const NewEstatePage = page(() => import('./features/estates/NewEstatePage.tsx'), 'NewEstatePage');
export const EditForumRowPage = page(() => import('./features/forums/EditForumRowPage.tsx'), 'EditForumRowPage');
export const ForumPage = page(() => import('./features/forums/ForumPage.tsx'), 'ForumPage');
export const NewForumRowPage = page(() => import('./features/forums/NewForumRowPage.tsx'), 'NewForumRowPage');
export const EditFundingPeriodPage = page(() => import('./features/funding-periods/EditFundingPeriodPage.tsx'), 'EditFundingPeriodPage');
export const EditMunicipalRulesPage = page(() => import('./features/funding-periods/EditMunicipalRulesPage.tsx'), 'EditMunicipalRulesPage');
export const FundingPeriodPage = page(() => import('./features/funding-periods/FundingPeriodPage.tsx'), 'FundingPeriodPage');
export const FundingPeriodsPage = page(() => import('./features/funding-periods/FundingPeriodsPage.tsx'), 'FundingPeriodsPage');
export const NewInterventionAreaPage = page(() => import('./features/funding-periods/NewInterventionAreaPage.tsx'), 'NewInterventionAreaPage');
export const EditHousingOrganisationPage = page(() => import('./features/housing-organisations/EditHousingOrganisationPage.tsx'), 'EditHousingOrganisationPage');
export const HousingOrganisationPage = page(() => import('./features/housing-organisations/HousingOrganisationPage.tsx'), 'HousingOrganisationPage');
export const HousingOrganisationsPage = page(() => import('./features/housing-organisations/HousingOrganisationsPage.tsx'), 'HousingOrganisationsPage');
export const OverviewPage = page(() => import('./features/overview/OverviewPage.tsx'), 'OverviewPage');
export const BudgetPage = page(() => import('./features/plans/BudgetPage.tsx'), 'BudgetPage');
export const ChangeTargetPage = page(() => import('./features/plans/ChangeTargetPage.tsx'), 'ChangeTargetPage');
export const NewActivityPage = page(() => import('./features/plans/NewActivityPage.tsx'), 'NewActivityPage');
export const NewCriterionPage = page(() => import('./features/plans/NewCriterionPage.tsx'), 'NewCriterionPage');
export const NewGoalPage = page(() => import('./features/plans/NewGoalPage.tsx'), 'NewGoalPage');
export const NewPlanPage = page(() => import('./features/plans/NewPlanPage.tsx'), 'NewPlanPage');
export const PlanPage = page(() => import('./features/plans/PlanPage.tsx'), 'PlanPage');
export const PlansPage = page(() => import('./features/plans/PlansPage.tsx'), 'PlansPage');
export const NewPoolPage = page(() => import('./features/pools/NewPoolPage.tsx'), 'NewPoolPage');
export const PoolPage = page(() => import('./features/pools/PoolPage.tsx'), 'PoolPage');
export const PoolsPage = page(() => import('./features/pools/PoolsPage.tsx'), 'PoolsPage');
export const EditUrbanAreaPage = page(() => import('./features/urban-areas/EditUrbanAreaPage.tsx'), 'EditUrbanAreaPage');
export const NewUrbanAreaPage = page(() => import('./features/urban-areas/NewUrbanAreaPage.tsx'), 'NewUrbanAreaPage');
export const UrbanAreaPage = page(() => import('./features/urban-areas/UrbanAreaPage.tsx'), 'UrbanAreaPage');
export const UrbanAreasPage = page(() => import('./features/urban-areas/UrbanAreasPage.tsx'), 'UrbanAreasPage');
