/** The fields of an estate's form; the choices of owner and area are those the user may write to. */
import type { HousingOrganisation, UrbanArea } from '../../../domain/schemas/registry.ts';
import type { FieldSpec } from '../../components/RecordEditor.tsx';
import type { commonTexts } from '../../components/texts.ts';
import type { Translate, TextKey } from '../../texts.ts';
import type { EstatePlace, useEstateAccess } from './estate-access.ts';
import type { estateTexts } from './texts.ts';

/** Where an estate link came from, so that the form returns there. */
export type EstateFrom = { from?: { to: string; page: string } };

export function estateFields(
  t: Translate<TextKey<typeof commonTexts | typeof estateTexts>>,
  organisations: HousingOrganisation[],
  areas: UrbanArea[],
  current: EstatePlace,
  access: Pick<ReturnType<typeof useEstateAccess>, 'mayWrite' | 'mayCreateFor'>,
): FieldSpec[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
  return [
    { name: 'name', label: t('common.name') },
    { name: 'departmentNumber', label: t('estates.departmentNumber'), nullable: true, width: 'input-width-xs' },
    { kind: 'integer', name: 'dwellings', label: t('estates.dwellings'), hint: t('estates.dwellingsHint'), nullable: true, width: 'input-width-xs' },
    {
      kind: 'select',
      name: 'housingOrganisationId',
      label: t('estates.owner'),
      options: organisations
        .filter((o) => o.id === current.housingOrganisationId || access.mayCreateFor(o.id))
        .sort(byName)
        .map((o) => ({ value: o.id, label: o.name })),
    },
    {
      kind: 'select',
      name: 'urbanAreaId',
      label: t('estates.urbanArea'),
      options: areas
        .filter((a) => a.id === current.urbanAreaId || access.mayWrite({ ...current, urbanAreaId: a.id }))
        .sort(byName)
        .map((a) => ({ value: a.id, label: a.name })),
    },
  ];
}
