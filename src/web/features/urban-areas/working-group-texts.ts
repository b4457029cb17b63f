/**
 * The texts of removing a working group, in both languages. Kept with the feature (the shared
 * dictionary in src/web/i18n.ts has the member removal's texts, which name "the member").
 */
import { type Language, useLanguage } from '../../i18n.ts';

type Vars = { name: string; forum: string };

const texts = {
  da: {
    text: ({ name, forum }: Vars) => `${name} fjernes fra ${forum}. Det kan ikke fortrydes, men du kan tilføje arbejdsgruppen igen.`,
    confirm: 'Ja, fjern arbejdsgruppen',
    removed: ({ name, forum }: Vars) => `Arbejdsgruppen ${name} er fjernet fra ${forum}.`,
    failed: 'Arbejdsgruppen blev ikke fjernet',
    stale: 'En anden har ændret arbejdsgruppen i mellemtiden. Listen er genindlæst; prøv igen.',
  },
  en: {
    text: ({ name, forum }: Vars) => `${name} will be removed from ${forum}. This cannot be undone, but you can add the working group again.`,
    confirm: 'Yes, remove the working group',
    removed: ({ name, forum }: Vars) => `The working group ${name} has been removed from ${forum}.`,
    failed: 'The working group was not removed',
    stale: 'Someone else changed the working group meanwhile. The list has been reloaded; please try again.',
  },
} satisfies Record<Language, unknown>;

export type WorkingGroupTexts = (typeof texts)['da'];

export function useWorkingGroupTexts(): WorkingGroupTexts {
  return texts[useLanguage()];
}
