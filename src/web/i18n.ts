/**
 * The language of the app: Danish first, English on request. The choice is kept in localStorage,
 * reflected in <html lang> and sent to the API as Accept-Language, so server messages follow it
 * too. The words themselves are the features' dictionaries (src/web/texts.ts).
 */
import { useSyncExternalStore } from 'react';
import { setApiLanguage } from './api.ts';

export type Language = 'da' | 'en';

const storageKey = 'boligsocial.language';
const listeners = new Set<() => void>();

function initialLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

let current: Language = initialLanguage();

function apply(lang: Language): void {
  // Only in the browser: the unit tests read the dictionaries under Node.
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  setApiLanguage(lang);
}
apply(current);

export function getLanguage(): Language {
  return current;
}

export function setLanguage(lang: Language): void {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // private mode: the choice lasts until reload
  }
  apply(lang);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language; components re-render when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage);
}
