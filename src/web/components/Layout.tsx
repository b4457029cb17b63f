/**
 * The DKFDS page frame: skip link, header (portal, solution, main navigation, mobile drawer),
 * main landmark and footer.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, matchPath, useLocation, useNavigate } from 'react-router';
import { type Action, mayAttempt } from '../../domain/authorization.ts';
import { roleNames } from '../../domain/roles.ts';
import { setLanguage, useLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';
import { type TextKey, useTexts } from '../texts.ts';
import { Icon } from './Icon.tsx';
import { commonTexts } from './texts.ts';

export const mainMenu: { to: string; key: TextKey<typeof commonTexts>; end?: boolean; action?: Action }[] = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/planer', key: 'nav.plans', action: 'plan.read' },
  { to: '/puljer', key: 'nav.pools', action: 'pool.read' },
  { to: '/afventer', key: 'nav.waiting', action: 'approval.read' },
  { to: '/kontrakter', key: 'nav.contracts', action: 'contract.read' },
  { to: '/byomraader', key: 'nav.urbanAreas' },
  { to: '/boligorganisationer', key: 'nav.housingOrganisations' },
  { to: '/forvaltninger', key: 'nav.bodies' },
  { to: '/puljeperioder', key: 'nav.fundingPeriods' },
];

function LanguageSwitch() {
  const t = useTexts(commonTexts);
  const lang = useLanguage();
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <button
      type="button"
      className="function-link language-switch"
      lang={other}
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => setLanguage(other)}
    >
      <Icon name="language" />
      {t('app.switchLanguage')}
    </button>
  );
}

function MenuLinks({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTexts(commonTexts);
  const { pathname } = useLocation();
  const { me } = useSession();
  // Entries for actions the user's role may not attempt at all (e.g. pools for housing staff) are left out.
  const shown = mainMenu.filter((item) => !item.action || (me ? mayAttempt({ userId: me.id, role: me.role, scope: me.scope }, item.action) : false));
  return (
    <ul className="mainmenu">
      {shown.map((item) => {
        const current = matchPath({ path: item.to, end: true }, pathname) !== null;
        const active = current || (!item.end && matchPath({ path: item.to, end: false }, pathname) !== null);
        return (
          <li key={item.to} className={current ? 'active current' : active ? 'active' : undefined}>
            <Link
              to={item.to}
              className="nav-link"
              aria-current={current ? 'page' : active ? 'true' : undefined}
              onClick={onNavigate}
            >
              <span>{t(item.key)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useTexts(commonTexts);
  const lang = useLanguage();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (drawerOpen) closeButton.current?.focus();
  }, [drawerOpen]);

  const closeDrawer = () => {
    setDrawerOpen(false);
    openButton.current?.focus();
  };

  const onSignOut = async () => {
    setDrawerOpen(false);
    await signOut();
    void navigate('/log-ind', { state: { signedOut: true } });
  };

  const user = me ? `${me.displayName}, ${roleNames[me.role][lang]}` : null;
  const signedIn = Boolean(me);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('app.skip')}
      </a>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <Link to="/" className="logo app-logo" aria-label={`${t('app.name')} – ${t('nav.overview')}`}>
              <span>{t('app.authority')}</span>
            </Link>
            {signedIn && (
              <button
                ref={openButton}
                type="button"
                className="function-link button-menu-open ml-auto d-print-none"
                aria-haspopup="dialog"
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
              >
                <Icon name="menu" />
                {t('app.menu')}
              </button>
            )}
            <div className="portal-user">
              <LanguageSwitch />
              {user && <p className="user ml-5">{user}</p>}
              {signedIn && (
                <button type="button" className="function-link d-print-none log-off" onClick={() => void onSignOut()}>
                  <Icon name="lock" />
                  {t('auth.signOut')}
                </button>
              )}
            </div>
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <Link to="/">
                {t('app.name')} <span className="weight-normal">– {t('app.tagline')}</span>
              </Link>
            </div>
            <div className="additional-info">
              <p>
                <strong className="authority-name">{t('app.department')}</strong>
              </p>
            </div>
          </div>
        </div>
        {signedIn && (
          <div className="navigation-menu">
            <div className="navigation-menu-inner container">
              <nav className="nav" aria-label={t('app.mainMenu')}>
                <MenuLinks />
              </nav>
            </div>
          </div>
        )}
        {signedIn && drawerOpen && <div className="overlay is-visible" aria-hidden="true" onClick={closeDrawer} />}
        {signedIn && drawerOpen && (
          <div
            className="mobile-drawer is-visible"
            role="dialog"
            aria-modal="true"
            aria-labelledby="menu-heading"
            onKeyDown={(e) => {
              if (e.key === 'Escape') closeDrawer();
            }}
          >
            <div className="menu-top">
              <h2 id="menu-heading" className="menu-heading">
                {t('app.menu')}
              </h2>
              <button
                ref={closeButton}
                type="button"
                className="function-link button-menu-close"
                aria-label={t('app.closeMenu')}
                onClick={closeDrawer}
              >
                <Icon name="close" />
                {t('app.close')}
              </button>
            </div>
            <nav className="navigation-menu-mobile" aria-label={t('app.mainMenu')}>
              <MenuLinks onNavigate={() => setDrawerOpen(false)} />
            </nav>
            <div className="portal-info-mobile">
              {user && <p className="user">{user}</p>}
              <p>
                <LanguageSwitch />
              </p>
              <p>
                <button type="button" className="function-link d-print-none log-off" onClick={() => void onSignOut()}>
                  <Icon name="lock" />
                  {t('auth.signOut')}
                </button>
              </p>
            </div>
          </div>
        )}
      </header>
      <main id="main-content" className="container page-container" tabIndex={-1} key={location.pathname}>
        {children}
      </main>
      <footer>
        <div className="footer">
          <div className="container">
            <p>{t('app.footer')}</p>
            <p>{t('app.footerData')}</p>
            <ul className="unstyled-list inline-list">
              <li>
                <a className="function-link" href="/api/docs">
                  {t('app.apiDocs')}
                </a>
              </li>
            </ul>
          </div>
        </div>
      </footer>
    </>
  );
}
