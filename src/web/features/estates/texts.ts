/** The words of the estate (afdeling) tables and forms. */
import { defineTexts } from '../../texts.ts';

export const estateTexts = defineTexts({
  'estates.name': ['Afdeling', 'Estate'],
  'estates.number': ['Afd.nr.', 'Dept. no.'],
  'estates.dwellings': ['Boliger', 'Dwellings'],
  'estates.owner': ['Boligorganisation', 'Housing organisation'],
  'estates.urbanArea': ['Byområde', 'Urban area'],
  'estates.none': ['Ingen afdelinger registreret.', 'No estates registered.'],
  'estates.departmentNumber': ['Afdelingsnummer', 'Department number'],
  'estates.dwellingsHint': ['Antal boliger i afdelingen', 'Number of dwellings in the estate'],
  'estates.editTitle': ['Redigér afdelingen {name}', 'Edit the estate {name}'],
  'estates.newTitle': ['Tilføj afdeling', 'Add estate'],
  'estates.newLead': ['En ny afdeling ejet af {name}.', 'A new estate owned by {name}.'],
  'estates.create': ['Tilføj afdeling', 'Add estate'],
  'estates.created': ['Afdelingen {name} er tilføjet.', 'The estate {name} has been added.'],
});
