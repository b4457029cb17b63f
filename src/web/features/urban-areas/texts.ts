/** The words of the urban area pages. */
import { defineTexts } from '../../texts.ts';

export const urbanAreaTexts = defineTexts({
  'urbanAreas.title': ['Byområder', 'Urban areas'],
  'urbanAreas.intro': [
    'Byområder i kommunen. De udsatte byområder har hvert et Boligsocialt Forum.',
    'Urban areas of the municipality. Each vulnerable urban area has a Boligsocialt Forum.',
  ],
  'urbanAreas.caption': ['Byområder med status og alternative navne', 'Urban areas with status and other names'],
  'urbanAreas.vulnerable': ['Udsat byområde', 'Vulnerable urban area'],
  'urbanAreas.aliases': ['Alternative navne', 'Other names'],
  'urbanAreas.alias': ['Alternativt navn {n}', 'Other name {n}'],
  'urbanAreas.addAlias': ['Tilføj alternativt navn', 'Add another name'],
  'urbanAreas.removeAlias': ['Fjern alternativt navn {n}', 'Remove other name {n}'],
  'urbanAreas.aliasesHint': [
    'Andre navne, området kendes under, fx «Bispebjerg/Nordvest».',
    'Other names the area is known by, e.g. "Bispebjerg/Nordvest".',
  ],
  'urbanAreas.editTitle': ['Redigér {name}', 'Edit {name}'],
  'urbanAreas.estates': ['Afdelinger i byområdet', 'Estates in the urban area'],
  'urbanAreas.estatesCaption': ['Boligafdelinger i {area}', 'Housing estates in {area}'],
  'urbanAreas.create': ['Opret byområde', 'Create urban area'],
  'urbanAreas.newTitle': ['Opret byområde', 'Create urban area'],
  'urbanAreas.created': ['{name} er oprettet.', '{name} has been created.'],
});
