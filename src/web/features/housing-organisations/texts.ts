/** The words of the housing organisation pages. */
import { defineTexts } from '../../texts.ts';

export const housingTexts = defineTexts({
  'housing.title': ['Boligorganisationer', 'Housing organisations'],
  'housing.intro': [
    'Almene boligorganisationer, der søger og driver boligsociale helhedsplaner.',
    'Non-profit housing organisations that apply for and run housing-social plans.',
  ],
  'housing.caption': ['Boligorganisationer', 'Housing organisations'],
  'housing.shortName': ['Kort navn', 'Short name'],
  'housing.administrator': ['Administrator', 'Administrator'],
  'housing.estateCount': ['Afdelinger', 'Estates'],
  'housing.estatesCaption': ['Afdelinger ejet af {name}', 'Estates owned by {name}'],
  'housing.estates': ['Afdelinger', 'Estates'],
  'housing.editTitle': ['Redigér {name}', 'Edit {name}'],
});
