/**
 * Routes (react-router, declarative mode): the sign-in page, and everything else behind sign-in in
 * SignedInApp (its own chunk, loaded at once unless the sign-in page is asked for).
 */
import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { IconSprite } from './components/Icon.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { lazyNamed } from './lazy.ts';
import { useSession } from './session.tsx';

const SignInPage = lazyNamed(() => import('./features/auth/SignInPage.tsx'), 'SignInPage');
const SignedInApp = lazyNamed(() => import('./SignedInApp.tsx'), 'SignedInApp');

// The code of the first page starts loading now (index.html preloads its file), beside the question
// who is signed in, so that the page shows as soon as that is answered.
void (window.location.pathname === '/log-ind' ? SignInPage : SignedInApp).preload().catch(() => undefined);

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
