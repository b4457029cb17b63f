/** Routes (react-router, declarative mode). Everything but sign-in needs a signed-in user. */
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { IconSprite } from './components/Icon.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { PlanComparePage } from './features/approval/PlanComparePage.tsx';
import { WaitingPage } from './features/approval/WaitingPage.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { BodiesPage } from './features/bodies/BodiesPage.tsx';
import { EditBodyPage } from './features/bodies/EditBodyPage.tsx';
import { ContractComparePage } from './features/contracts/ContractComparePage.tsx';
import { ContractEditorPage } from './features/contracts/ContractEditorPage.tsx';
import { ContractPage } from './features/contracts/ContractPage.tsx';
import { ContractsPage } from './features/contracts/ContractsPage.tsx';
import { NewContractPage } from './features/contracts/NewContractPage.tsx';
import { EditEstatePage } from './features/estates/EditEstatePage.tsx';
import { NewEstatePage } from './features/estates/NewEstatePage.tsx';
import { EditForumRowPage } from './features/forums/EditForumRowPage.tsx';
import { ForumPage } from './features/forums/ForumPage.tsx';
import { NewForumRowPage } from './features/forums/NewForumRowPage.tsx';
import { EditFundingPeriodPage } from './features/funding-periods/EditFundingPeriodPage.tsx';
import { FundingPeriodPage } from './features/funding-periods/FundingPeriodPage.tsx';
import { FundingPeriodsPage } from './features/funding-periods/FundingPeriodsPage.tsx';
import { NewInterventionAreaPage } from './features/funding-periods/NewInterventionAreaPage.tsx';
import { EditHousingOrganisationPage } from './features/housing-organisations/EditHousingOrganisationPage.tsx';
import { HousingOrganisationPage } from './features/housing-organisations/HousingOrganisationPage.tsx';
import { HousingOrganisationsPage } from './features/housing-organisations/HousingOrganisationsPage.tsx';
import { OverviewPage } from './features/overview/OverviewPage.tsx';
import { BudgetPage } from './features/plans/BudgetPage.tsx';
import { ChangeTargetPage } from './features/plans/ChangeTargetPage.tsx';
import { NewActivityPage } from './features/plans/NewActivityPage.tsx';
import { NewCriterionPage } from './features/plans/NewCriterionPage.tsx';
import { NewGoalPage } from './features/plans/NewGoalPage.tsx';
import { NewPlanPage } from './features/plans/NewPlanPage.tsx';
import { PlanPage } from './features/plans/PlanPage.tsx';
import { PlansPage } from './features/plans/PlansPage.tsx';
import { NewPoolPage } from './features/pools/NewPoolPage.tsx';
import { PoolPage } from './features/pools/PoolPage.tsx';
import { PoolsPage } from './features/pools/PoolsPage.tsx';
import { EditUrbanAreaPage } from './features/urban-areas/EditUrbanAreaPage.tsx';
import { NewUrbanAreaPage } from './features/urban-areas/NewUrbanAreaPage.tsx';
import { UrbanAreaPage } from './features/urban-areas/UrbanAreaPage.tsx';
import { UrbanAreasPage } from './features/urban-areas/UrbanAreasPage.tsx';
import { useSession } from './session.tsx';

function RequireSignIn({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to="/log-ind" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function SignInRoute() {
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (me) return <Navigate to="/" replace />;
  return <SignInPage />;
}

const signedIn = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

export function App() {
  return (
    <>
      <IconSprite />
      <Layout>
        <Routes>
          <Route path="/log-ind" element={<SignInRoute />} />
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
      </Layout>
    </>
  );
}
