/** The words of the administrations and committees pages. */
import { defineTexts } from '../../texts.ts';

export const bodyTexts = defineTexts({
  'bodies.title': ['Forvaltninger og udvalg', 'Administrations and committees'],
  'bodies.intro': [
    'Kommunens forvaltninger og de politiske udvalg, der behandler helhedsplanerne, herunder Økonomiudvalget og Borgerrepræsentationen.',
    'The municipal administrations and the political committees that consider the plans, including the Finance Committee and the City Council.',
  ],
  'bodies.administrations': ['Forvaltninger', 'Administrations'],
  'bodies.administrationsCaption': ['Forvaltninger og deres fagudvalg', 'Administrations and their committees'],
  'bodies.administration': ['Forvaltning', 'Administration'],
  'bodies.abbreviation': ['Forkortelse', 'Abbreviation'],
  'bodies.committee': ['Udvalg', 'Committee'],
  'bodies.committees': ['Udvalg og kommunalbestyrelse', 'Committees and council'],
  'bodies.committeesCaption': ['Politiske organer, der godkender planer', 'Political bodies that approve plans'],
  'bodies.kind': ['Type', 'Kind'],
  'bodies.kind.committee': ['Fagudvalg', 'Standing committee'],
  'bodies.kind.finance_committee': ['Økonomiudvalg', 'Finance committee'],
  'bodies.kind.city_council': ['Kommunalbestyrelse', 'Municipal council'],
  'bodies.editAdministration': ['Redigér {name}', 'Edit {name}'],
  'bodies.editCommittee': ['Redigér {name}', 'Edit {name}'],
});
