/** The form of an urban area, new or edited: name, vulnerable flag and aliases (saved with If-Match). */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { UrbanArea, UrbanAreaInput, UrbanAreaPatch } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { entry, write } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField, TextField } from '../../components/Fields.tsx';
import { ErrorSummary, FormButtons, StaleNotice, useEditForm } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { urbanAreaTexts } from './texts.ts';

const areaPath = (id: string) => apiPath('/api/urban-areas/{id}', { id });

/** `area` absent: a new urban area in `municipalityId`. */
export function UrbanAreaForm({
  area,
  version,
  onReload,
  municipalityId,
}: { area: UrbanArea; version: number | null; onReload: () => void; municipalityId?: undefined } | { area?: undefined; version?: undefined; onReload?: undefined; municipalityId: string }) {
  const t = useTexts(commonTexts, urbanAreaTexts);
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
      const created = await write<UrbanArea>('POST', '/api/urban-areas', { body: input, cache: (r) => [entry(areaPath(r.data.id), r)] });
      void navigate(`/byomraader/${created.data.id}`, { state: { saved: t('urbanAreas.created', { name: created.data.name }) } });
      return;
    }
    await write<UrbanArea>('PATCH', areaPath(area.id), { body: patch, version: version ?? area.version, cache: (r) => [entry(areaPath(area.id), r)] });
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
        <FormButtons saving={form.saving} label={area ? t('common.save') : t('urbanAreas.create')} cancelTo={area ? `/byomraader/${area.id}` : '/byomraader'} />
      </form>
    </Page>
  );
}
