/** Sign-in: e-mail and password, plus the demo users (password "demo") in demo mode. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { roleNames } from '../../../domain/roles.ts';
import type { DemoUser } from '../../../domain/schemas/users.ts';
import { ApiError, apiPath, getJson } from '../../api.ts';
import { Alert } from '../../components/Alert.tsx';
import { TextField } from '../../components/Fields.tsx';
import { ErrorSummary } from '../../components/Form.tsx';
import { Page } from '../../components/Page.tsx';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { authTexts } from './texts.ts';

/**
 * The demo users (an empty list outside demo mode or on any error). Read without the cache of reads,
 * which the sign-in page does not load (see SignedInApp).
 */
function useDemoUsers(): DemoUser[] {
  const [users, setUsers] = useState<DemoUser[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    getJson(apiPath('/api/auth/demo-users'), abort.signal).then(
      ({ data }) => setUsers(data.items),
      () => undefined,
    );
    return () => abort.abort();
  }, []);
  return users;
}

export function SignInPage() {
  const t = useTexts(authTexts);
  const lang = useLanguage();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; signedOut?: boolean; expired?: boolean } | null;
  const demoUsers = useDemoUsers();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitButton = useRef<HTMLButtonElement>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      void navigate(state?.from ?? '/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.detail || err.title : String(err));
      setBusy(false);
    }
  };

  const chooseDemo = (user: DemoUser) => {
    setEmail(user.email);
    setPassword('demo');
    setError(null);
    submitButton.current?.focus();
  };

  return (
    <Page title={t('auth.signInTitle')} lead={t('auth.intro')}>
      <div className="row">
        <div className="col-12 col-lg-5">
          {state?.signedOut && !error && <Alert variant="success">{t('auth.signedOut')}</Alert>}
          {state?.expired && !error && <Alert variant="info">{t('auth.sessionExpired')}</Alert>}
          {error && <ErrorSummary items={[{ href: 'signin-email', message: `${t('auth.failed')}: ${error}` }]} />}
          <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('auth.signIn')}>
            <TextField
              id="signin-email"
              label={t('auth.email')}
              type="email"
              value={email}
              onChange={setEmail}
              autoComplete="username"
              inputMode="email"
              required
              error={error ?? undefined}
            />
            <TextField
              id="signin-password"
              label={t('auth.password')}
              type="password"
              value={password}
              onChange={setPassword}
              autoComplete="current-password"
              required
            />
            <button ref={submitButton} type="submit" className="button button-primary mt-5" disabled={busy}>
              {t('auth.signIn')}
            </button>
          </form>
        </div>
        {demoUsers.length > 0 && (
          <div className="col-12 col-lg-7 mt-7 mt-lg-0">
            <h2 className="mt-0">{t('auth.demoUsers')}</h2>
            <p>{t('auth.demoIntro')}</p>
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">{t('auth.demoCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('auth.user')}</th>
                    <th scope="col">{t('auth.role')}</th>
                  </tr>
                </thead>
                <tbody>
                  {demoUsers.map((u) => (
                    <tr key={u.email}>
                      <td>
                        <button
                          type="button"
                          className="function-link demo-user"
                          data-email={u.email}
                          onClick={() => chooseDemo(u)}
                        >
                          <span className="sr-only">{t('auth.demoUse')}</span>
                          {u.displayName}
                        </button>
                        <br />
                        <span className="form-hint">{u.email}</span>
                      </td>
                      <td>{roleNames[u.role][lang]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </div>
    </Page>
  );
}
