/** The states of loaded data: loading (announced politely), errors (announced), then content. */
import type { ReactNode } from 'react';
import type { ApiError } from '../api.ts';
import { useTexts } from '../texts.ts';
import { Alert } from './Alert.tsx';
import { Page } from './Page.tsx';
import { commonTexts } from './texts.ts';

export function Loading() {
  const t = useTexts(commonTexts);
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="ml-3">{t('app.loading')}</span>
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useTexts(commonTexts);
  const text = error.status === 403 ? t('common.forbidden') : error.status === 404 && error.detail === '' ? t('common.missingApi') : error.detail || error.title;
  return (
    <Alert variant="error" heading={t('common.loadError')}>
      <p className="alert-text">{text}</p>
      {onRetry && (
        <p className="alert-text">
          <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </p>
      )}
    </Alert>
  );
}

/** Renders children once every resource has data; shows the first error or the spinner otherwise. */
export function Loaded({
  resources,
  children,
}: {
  resources: { data: unknown; error: ApiError | undefined; loading: boolean; reload: () => void }[];
  children: () => ReactNode;
}) {
  const failed = resources.find((r) => r.error !== undefined && r.data === undefined);
  if (failed?.error) return <LoadError error={failed.error} onRetry={failed.reload} />;
  if (resources.some((r) => r.data === undefined)) return <Loading />;
  return <>{children()}</>;
}

/**
 * A page about one record: `children` once it is loaded; until then the spinner, or the error
 * under the page's `title` (so that the page still has its heading).
 */
export function LoadedPage<T>({
  resource,
  title,
  children,
}: {
  resource: { data: T | undefined; error: ApiError | undefined; reload: () => void };
  title: string;
  children: (data: T) => ReactNode;
}) {
  if (resource.data) return <>{children(resource.data)}</>;
  if (resource.error) {
    return (
      <Page title={title}>
        <LoadError error={resource.error} onRetry={resource.reload} />
      </Page>
    );
  }
  return <Loading />;
}
