/** The words of the start page. */
import { defineTexts } from '../../texts.ts';

export const overviewTexts = defineTexts({
  'overview.title': ['Overblik', 'Overview'],
  'overview.intro': [
    'Registret over byområder, boligorganisationer, forvaltninger, udvalg og Landsbyggefondens puljeperioder.',
    'The registry of urban areas, housing organisations, administrations, committees and the fund\'s funding periods.',
  ],
  'overview.signedInAs': ['Du er logget ind som {name} ({role}).', 'You are signed in as {name} ({role}).'],
  'overview.count': ['Antal', 'Count'],
  'overview.caption': ['Registret i tal', 'The registry in numbers'],
  'overview.what': ['Register', 'Registry'],
  'overview.vulnerable': ['heraf udsatte byområder: {n}', 'of which vulnerable urban areas: {n}'],
});
