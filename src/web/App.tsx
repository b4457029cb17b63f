/** Routes (react-router, declarative mode). Everything but sign-in needs a signed-in user; each page is loaded with its route (pages.ts). */
import { type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { IconSprite } from './components/Icon.tsx';
import { Layout } from './components/Layout.tsx';
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
  SignInPage,
  UrbanAreaPage,
  UrbanAreasPage,
  WaitingPage,
} from './pages.ts';
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
        <Suspense fallback={<Loading />}>
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
            <Route path="/puljeperioder/:id/kommune/:municipalityId/rediger" element={signedIn(<EditMunicipalRulesPage />)} />
            <Route path="/puljeperioder/:id/indsatsomraader/ny" element={signedIn(<NewInterventionAreaPage />)} />
            <Route path="*" element={signedIn(<NotFoundPage />)} />
          </Routes>
        </Suspense>
      </Layout>
    </>
  );
}
