/**
 * Everything behind sign-in, loaded as its own chunk (with TanStack Query, the cache of reads) so
 * that the sign-in page does not carry it. Its code starts loading with the app, beside the question
 * who is signed in, and so does the code of the page asked for.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactElement, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
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
} from './pages.ts';
import { preloadPage } from './pages.ts';
import { useSession } from './session.tsx';

function RequireSignIn({ children }: { children: ReactElement }) {
  const { me } = useSession();
  const location = useLocation();
  const page = children.type;
  useEffect(() => {
    if (me === undefined) preloadPage(page);
  }, [me, page]);
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to="/log-ind" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

const signedIn = (page: ReactElement) => <RequireSignIn>{page}</RequireSignIn>;

export function SignedInApp() {
  const { expired } = useSession();
  useExpiryOn401(expired);
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route path="/" element={signedIn(<OverviewPage />)} />
        <Route path="/planer" element={signedIn(<PlansPage />)} />
        <Route path="/planer/ny" element={signedIn(<NewPlanPage />)} />
        <Route path="/planer/:id" element={signedIn(<PlanPage />)} />
        <Route path="/planer/:id/sammenlign" element={signedIn(<PlanComparePage />)} />
        <Route path="/afventer" element={signedIn(<WaitingPage />)} />
        <Route path="/kontrakter" element={signedIn(<ContractsPage />)} />
        <Route path="/kontrakter/ny" element={signedIn(<NewContractPage />)} />
        <Route path="/kontrakter/:id" element={signedIn(<ContractPage />)} />
        <Route path="/kontrakter/:id/rediger" element={signedIn(<ContractEditorPage mode="edit" />)} />
        <Route path="/kontrakter/:id/revision" element={signedIn(<ContractEditorPage mode="revise" />)} />
        <Route path="/kontrakter/:id/sammenlign" element={signedIn(<ContractComparePage />)} />
        <Route path="/fora/:id" element={signedIn(<ForumPage />)} />
        <Route path="/planer/:id/budget" element={signedIn(<BudgetPage />)} />
        <Route path="/planer/:id/maal/ny" element={signedIn(<NewGoalPage />)} />
        <Route path="/planer/:id/maal/:goalId/kriterier/ny" element={signedIn(<NewCriterionPage />)} />
        <Route path="/planer/:id/kriterier/:criterionId/maal/:year" element={signedIn(<ChangeTargetPage />)} />
        <Route path="/planer/:id/aktiviteter/ny" element={signedIn(<NewActivityPage />)} />
        <Route path="/puljer" element={signedIn(<PoolsPage />)} />
        <Route path="/puljer/ny" element={signedIn(<NewPoolPage />)} />
        <Route path="/puljer/:id" element={signedIn(<PoolPage />)} />
        <Route path="/byomraader" element={signedIn(<UrbanAreasPage />)} />
        <Route path="/byomraader/ny" element={signedIn(<NewUrbanAreaPage />)} />
        <Route path="/byomraader/:id" element={signedIn(<UrbanAreaPage />)} />
        <Route path="/byomraader/:id/rediger" element={signedIn(<EditUrbanAreaPage />)} />
        <Route path="/byomraader/:id/medlemmer/ny" element={signedIn(<NewForumRowPage kind="member" />)} />
        <Route path="/byomraader/:id/medlemmer/:rowId/rediger" element={signedIn(<EditForumRowPage kind="member" />)} />
        <Route path="/byomraader/:id/arbejdsgrupper/ny" element={signedIn(<NewForumRowPage kind="group" />)} />
        <Route path="/byomraader/:id/arbejdsgrupper/:rowId/rediger" element={signedIn(<EditForumRowPage kind="group" />)} />
        <Route path="/boligorganisationer" element={signedIn(<HousingOrganisationsPage />)} />
        <Route path="/boligorganisationer/:id" element={signedIn(<HousingOrganisationPage />)} />
        <Route path="/boligorganisationer/:id/rediger" element={signedIn(<EditHousingOrganisationPage />)} />
        <Route path="/boligorganisationer/:id/afdelinger/ny" element={signedIn(<NewEstatePage />)} />
        <Route path="/afdelinger/:id/rediger" element={signedIn(<EditEstatePage />)} />
        <Route path="/forvaltninger" element={signedIn(<BodiesPage />)} />
        <Route path="/forvaltninger/:id/rediger" element={signedIn(<EditBodyPage kind="administration" />)} />
        <Route path="/udvalg/:id/rediger" element={signedIn(<EditBodyPage kind="committee" />)} />
        <Route path="/puljeperioder" element={signedIn(<FundingPeriodsPage />)} />
        <Route path="/puljeperioder/:id" element={signedIn(<FundingPeriodPage />)} />
        <Route path="/puljeperioder/:id/rediger" element={signedIn(<EditFundingPeriodPage />)} />
        <Route path="/puljeperioder/:id/indsatsomraader/ny" element={signedIn(<NewInterventionAreaPage />)} />
        <Route path="*" element={signedIn(<NotFoundPage />)} />
      </Routes>
    </QueryClientProvider>
  );
}
