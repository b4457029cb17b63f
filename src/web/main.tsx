/**
 * Entry: the design system's CSS (fonts and icons bundled locally), then the app. The cache of API
 * reads (TanStack Query) comes with the signed-in part of the app (SignedInApp).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { SessionProvider } from './session.tsx';
import '~dkfds/css/dkfds.min.css';
import './styles.css';
import './i18n.ts';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
