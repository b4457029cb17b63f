/** Create an urban area, or edit one (name, vulnerable flag and aliases; saved with If-Match). */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { UrbanArea, UrbanAreaInput, UrbanAreaPatch } from '../../../domain/schemas/registry.ts';
import { api } from '../../api.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckboxField, ErrorSummary, StaleNotice, TextField, useEditForm } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { LoadError, Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';

export function EditUrbanAreaPage() {
  const t = useT();
  const { id } = useParams();
  const area = useApi<UrbanArea>(`/api/urban-areas/${id}`);
  return (
    <>
      <BackLink to={`/byomraader/${id}`} page={area.data?.name ?? t('urbanAreas.title')} />
      {area.data ? (
        <UrbanAreaForm key={area.data.version} area={area.data} version={area.version} onReload={area.reload} />
      ) : area.error ? (
        <Page title={t('urbanAreas.title')}>
          <LoadError error={area.error} onRetry={area.reload} />
        </Page>
      ) : (
        <Loading />
      )}
    </>
  );
}

export function NewUrbanAreaPage() {
  const t = useT();
  const { me } = useSession();
  const municipalityId = me?.scope.municipalityId ?? null;
  return (
    <>
      <BackLink to="/byomraader" page={t('urbanAreas.title')} />
      {municipalityId ? (
        <UrbanAreaForm municipalityId={municipalityId} />
      ) : (
        <Page title={t('urbanAreas.newTitle')}>
          <Alert variant="error">{t('common.forbidden')}</Alert>
        </Page>
      )}
    </>
  );
}

/** `area` absent: a new urban area in `municipalityId`. */
function UrbanAreaForm({
  area,
  version,
  onReload,
  municipalityId,
}: { area: UrbanArea; version: number | null; onReload: () => void; municipalityId?: undefined } | { area?: undefined; version?: undefined; onReload?: undefined; municipalityId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { may } = useSession();
  const [name, setName] = useState(area?.name ?? '');
  const [vulnerable, setVulnerable] = useState(area?.vulnerable ?? false);
  const [aliases, setAliases] = useState<string[]>(area?.aliases.length ? area.aliases : ['']);
  const labels: Record<string, string> = {
    name: t('common.name'),
    vulnerable: t('urbanAreas.vulnerable'),
    aliases: t('urbanAreas.aliases'),
  };
  aliases.forEach((_, i) => (labels[`aliases.${i}`] = t('urbanAreas.alias', { n: i + 1 })));
  const form = useEditForm('urban-area', Object.keys(labels), labels);

  const title = area ? t('urbanAreas.editTitle', { name: area.name }) : t('urbanAreas.newTitle');
  if (!may('registry.write', { municipalityId: area?.municipalityId ?? municipalityId })) {
    return (
      <Page title={title}>
        <Alert variant="error">{t('common.forbidden')}</Alert>
      </Page>
    );
  }

  const save = async () => {
    const patch: UrbanAreaPatch = { name, vulnerable, aliases: aliases.map((a) => a.trim()).filter((a) => a !== '') };
    if (!area) {
      const input: Omit<UrbanAreaInput, 'provenance'> = { municipalityId, name, vulnerable, aliases: patch.aliases ?? [] };
      const created = await api.post<UrbanArea>('/api/urban-areas', input);
      void navigate(`/byomraader/${created.data.id}`, { state: { saved: t('urbanAreas.created', { name: created.data.name }) } });
      return;
    }
    await api.patch<UrbanArea>(`/api/urban-areas/${area.id}`, patch, version ?? area.version);
    void navigate(`/byomraader/${area.id}`, { state: { saved: true } });
  };

  const setAlias = (i: number, value: string) => setAliases((list) => list.map((a, j) => (j === i ? value : a)));

  return (
    <Page title={title}>
      {form.stale && onReload && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(save, name.trim() === '' ? ['name'] : [])(e)} noValidate>
        <TextField
          id={form.fieldId('name')}
          label={t('common.name')}
          value={name}
          onChange={setName}
          error={form.fieldErrors.name}
          required
        />
        <CheckboxField
          id={form.fieldId('vulnerable')}
          label={t('urbanAreas.vulnerable')}
          checked={vulnerable}
          onChange={setVulnerable}
          error={form.fieldErrors.vulnerable}
        />
        <fieldset aria-describedby="aliases-hint" className="mt-6">
          <legend className="h3">{t('urbanAreas.aliases')}</legend>
          <span className="form-hint" id="aliases-hint">
            {t('urbanAreas.aliasesHint')}
          </span>
          {form.fieldErrors.aliases && (
            <span className="form-error-message" id={`${form.fieldId('aliases')}`} tabIndex={-1}>
              <span className="sr-only">{t('common.error')}: </span>
              {form.fieldErrors.aliases}
            </span>
          )}
          {aliases.map((alias, i) => (
            <TextField
              key={i}
              id={form.fieldId(`aliases.${i}`)}
              label={t('urbanAreas.alias', { n: i + 1 })}
              value={alias}
              onChange={(v) => setAlias(i, v)}
              error={form.fieldErrors[`aliases.${i}`]}
              required={false}
              className="alias-row"
              after={
                <button
                  type="button"
                  className="function-link mt-3"
                  onClick={() => setAliases((list) => list.filter((_, j) => j !== i))}
                >
                  <Icon name="delete" />
                  {t('urbanAreas.removeAlias', { n: i + 1 })}
                </button>
              }
            />
          ))}
          <button type="button" className="button button-tertiary mt-5" onClick={() => setAliases((list) => [...list, ''])}>
            <Icon name="plus" />
            {t('urbanAreas.addAlias')}
          </button>
        </fieldset>
        <div className="mt-7">
          <button type="submit" className="button button-primary" disabled={form.saving}>
            {area ? t('common.save') : t('urbanAreas.create')}
          </button>
          <button type="button" className="button button-secondary ml-4" onClick={() => void navigate(area ? `/byomraader/${area.id}` : '/byomraader')}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Page>
  );
}
