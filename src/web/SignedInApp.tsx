/**
 * Everything behind sign-in, loaded as its own chunk (with TanStack Query, the cache of reads) so
 * that the sign-in page does not carry it. index.html preloads it beside the entry (except on the
 * sign-in page); as it runs it preloads the page asked for, while who is signed in is still asked.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Navigate, Route, Routes, matchPath, useLocation } from 'react-router';
import { queryClient, useExpiryOn401 } from './cache.ts';
import { Loading } from './components/Loading.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import {
  BodiesPage,
  BudgetPage,
  ChangeTargetPage,
  ContractComparePage,
  ContractEditorPage,
  ContractPage,
  ContractsPage,
  EditBodyPage,
  EditEstatePage,
  EditForumRowPage,
  EditFundingPeriodPage,
  EditMunicipalRulesPage,
  EditHousingOrganisationPage,
  EditUrbanAreaPage,
  ForumPage,
  FundingPeriodPage,
  FundingPeriodsPage,
  HousingOrganisationPage,
  HousingOrganisationsPage,
  NewActivityPage,
  NewContractPage,
  NewCriterionPage,
  NewEstatePage,
  NewForumRowPage,
  NewGoalPage,
  NewInterventionAreaPage,
  NewPlanPage,
  NewPoolPage,
  NewUrbanAreaPage,
  OverviewPage,
  PlanComparePage,
  PlanPage,
  PlansPage,
  PoolPage,
  PoolsPage,
  UrbanAreaPage,
  UrbanAreasPage,
  WaitingPage,
  preloadPage,
} from './pages.ts';
import { useSession } from './session.tsx';

function RequireSignIn({ children }: { children: ReactElement }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to="/log-ind" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** Every signed-in route: its path and its page. */
const routes: [path: string, page: ReactElement][] = [
  ['/', <OverviewPage />],
  ['/planer', <PlansPage />],
  ['/planer/ny', <NewPlanPage />],
  ['/planer/:id', <PlanPage />],
  ['/planer/:id/sammenlign', <PlanComparePage />],
  ['/afventer', <WaitingPage />],
  ['/kontrakter', <ContractsPage />],
  ['/kontrakter/ny', <NewContractPage />],
  ['/kontrakter/:id', <ContractPage />],
  ['/kontrakter/:id/rediger', <ContractEditorPage mode="edit" />],
  ['/kontrakter/:id/revision', <ContractEditorPage mode="revise" />],
  ['/kontrakter/:id/sammenlign', <ContractComparePage />],
  ['/fora/:id', <ForumPage />],
  ['/planer/:id/budget', <BudgetPage />],
  ['/planer/:id/maal/ny', <NewGoalPage />],
  ['/planer/:id/maal/:goalId/kriterier/ny', <NewCriterionPage />],
  ['/planer/:id/kriterier/:criterionId/maal/:year', <ChangeTargetPage />],
  ['/planer/:id/aktiviteter/ny', <NewActivityPage />],
  ['/puljer', <PoolsPage />],
  ['/puljer/ny', <NewPoolPage />],
  ['/puljer/:id', <PoolPage />],
  ['/byomraader', <UrbanAreasPage />],
  ['/byomraader/ny', <NewUrbanAreaPage />],
  ['/byomraader/:id', <UrbanAreaPage />],
  ['/byomraader/:id/rediger', <EditUrbanAreaPage />],
  ['/byomraader/:id/medlemmer/ny', <NewForumRowPage kind="member" />],
  ['/byomraader/:id/medlemmer/:rowId/rediger', <EditForumRowPage kind="member" />],
  ['/byomraader/:id/arbejdsgrupper/ny', <NewForumRowPage kind="group" />],
  ['/byomraader/:id/arbejdsgrupper/:rowId/rediger', <EditForumRowPage kind="group" />],
  ['/boligorganisationer', <HousingOrganisationsPage />],
  ['/boligorganisationer/:id', <HousingOrganisationPage />],
  ['/boligorganisationer/:id/rediger', <EditHousingOrganisationPage />],
  ['/boligorganisationer/:id/afdelinger/ny', <NewEstatePage />],
  ['/afdelinger/:id/rediger', <EditEstatePage />],
  ['/forvaltninger', <BodiesPage />],
  ['/forvaltninger/:id/rediger', <EditBodyPage kind="administration" />],
  ['/udvalg/:id/rediger', <EditBodyPage kind="committee" />],
  ['/puljeperioder', <FundingPeriodsPage />],
  ['/puljeperioder/:id', <FundingPeriodPage />],
  ['/puljeperioder/:id/rediger', <EditFundingPeriodPage />],
  ['/puljeperioder/:id/kommune/:municipalityId/rediger', <EditMunicipalRulesPage />],
  ['/puljeperioder/:id/indsatsomraader/ny', <NewInterventionAreaPage />],
  ['*', <NotFoundPage />],
];

/** The pages whose route matches `pathname` (for preloading; `*` only when nothing else does). */
export function pagesFor(pathname: string): ReactElement[] {
  const found = routes.filter(([path]) => path !== '*' && matchPath(path, pathname) !== null).map(([, page]) => page);
  return found.length > 0 ? found : routes.filter(([path]) => path === '*').map(([, page]) => page);
}

// The page asked for starts loading as soon as this chunk runs, beside the question who is signed in.
if (typeof window !== 'undefined') for (const page of pagesFor(window.location.pathname)) preloadPage(page.type);

export function SignedInApp() {
  const { expired } = useSession();
  useExpiryOn401(expired);
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        {routes.map(([path, page]) => (
          <Route key={path} path={path} element={<RequireSignIn>{page}</RequireSignIn>} />
        ))}
      </Routes>
    </QueryClientProvider>
  );
}
