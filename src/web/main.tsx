/** Entry: the design system's CSS (fonts and icons bundled locally), the one cache of API reads, then the app. */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { queryClient } from './cache.ts';
import { SessionProvider } from './session.tsx';
import '~dkfds/css/dkfds.min.css';
import './styles.css';
import './i18n.ts';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          <App />
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
