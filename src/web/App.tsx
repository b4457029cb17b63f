/**
 * Routes (react-router, declarative mode): the sign-in page, and everything else behind sign-in in
 * SignedInApp (its own chunk, loaded at once unless the sign-in page is asked for).
 */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { IconSprite } from './components/Icon.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { useSession } from './session.tsx';

const SignInPage = lazy(async () => ({ default: (await import('./features/auth/SignInPage.tsx')).SignInPage }));
const SignedInApp = lazy(async () => ({ default: (await import('./SignedInApp.tsx')).SignedInApp }));

function SignInRoute() {
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (me) return <Navigate to="/" replace />;
  return <SignInPage />;
}

export function App() {
  return (
    <>
      <IconSprite />
      <Layout>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/log-ind" element={<SignInRoute />} />
            <Route path="*" element={<SignedInApp />} />
          </Routes>
        </Suspense>
      </Layout>
    </>
  );
}
