/**
 * Danish first, English on request. The choice is kept in localStorage, reflected in <html lang>
 * and sent to the API as Accept-Language, so server messages follow it too. A small dictionary,
 * no library: `t('key', { n: 3 })` fills `{n}`.
 */
import { useSyncExternalStore } from 'react';
import { setApiLanguage } from './api.ts';

export type Language = 'da' | 'en';

const da = {
  'app.name': 'Boligsocial',
  'app.tagline': 'Boligsociale helhedsplaner',
  'app.authority': 'Københavns Kommune',
  'app.department': 'Teknik- og Miljøforvaltningen',
  'app.skip': 'Gå til sidens indhold',
  'app.mainMenu': 'Hovedmenu',
  'app.menu': 'Menu',
  'app.closeMenu': 'Luk menu',
  'app.close': 'Luk',
  'app.loading': 'Henter …',
  'app.user': 'Bruger',
  'app.switchLanguage': 'English',
  'app.switchLanguageLabel': 'Switch to English',
  'app.footer': 'Boligsocial – registrering og opfølgning på boligsociale helhedsplaner.',
  'app.footerData': 'Data mærket «Eksempeldata» er opdigtet til demonstration; resten stammer fra offentlige kilder.',
  'app.apiDocs': 'API-dokumentation',
  'auth.signIn': 'Log ind',
  'auth.signOut': 'Log af',
  'auth.signInTitle': 'Log ind i Boligsocial',
  'auth.intro': 'Log ind med din e-mail og adgangskode.',
  'auth.email': 'E-mail',
  'auth.password': 'Adgangskode',
  'auth.failed': 'Log ind mislykkedes',
  'auth.demoUsers': 'Demobrugere',
  'auth.demoIntro': 'Adgangskoden er «demo» for alle demobrugere. Vælg en bruger for at udfylde formularen.',
  'auth.demoUse': 'Brug ',
  'auth.demoCaption': 'Demobrugere og deres roller',
  'auth.role': 'Rolle',
  'auth.user': 'Bruger',
  'auth.signedOut': 'Du er logget af.',
  'auth.sessionExpired': 'Din session er udløbet. Log ind igen.',
  'nav.overview': 'Overblik',
  'nav.urbanAreas': 'Byområder',
  'nav.housingOrganisations': 'Boligorganisationer',
  'nav.bodies': 'Forvaltninger og udvalg',
  'nav.fundingPeriods': 'Puljeperioder',
  'overview.title': 'Overblik',
  'overview.intro': 'Registret over byområder, boligorganisationer, forvaltninger, udvalg og Landsbyggefondens puljeperioder.',
  'overview.signedInAs': 'Du er logget ind som {name} ({role}).',
  'overview.count': 'Antal',
  'overview.caption': 'Registret i tal',
  'overview.what': 'Register',
  'overview.vulnerable': 'heraf udsatte byområder: {n}',
  'common.name': 'Navn',
  'common.edit': 'Redigér',
  'common.save': 'Gem',
  'common.cancel': 'Annullér',
  'common.yes': 'Ja',
  'common.no': 'Nej',
  'common.none': 'Ingen',
  'common.notFound': 'Siden findes ikke',
  'common.notFoundText': 'Vi kunne ikke finde siden. Tjek adressen, eller gå til overblikket.',
  'common.back': 'Tilbage til {page}',
  'common.example': 'Eksempeldata',
  'common.exampleHelp': 'Opdigtede data til demonstration',
  'common.loadError': 'Data kunne ikke hentes',
  'common.retry': 'Prøv igen',
  'common.saved': 'Ændringerne er gemt.',
  'common.errorSummary': 'Der er problemer',
  'common.stale': 'En anden har ændret dette, mens du redigerede. Genindlæs for at se den nyeste version, og foretag dine ændringer igen.',
  'common.staleTitle': 'Nogen har ændret dette – genindlæs',
  'common.reload': 'Genindlæs',
  'common.required': '(*skal udfyldes)',
  'common.fillIn': 'Udfyld {label}',
  'common.optional': '(frivilligt)',
  'common.error': 'Fejl',
  'common.forbidden': 'Du har ikke adgang til dette.',
  'common.missingApi': 'Denne del af registret er ikke tilgængelig endnu.',
  'common.provenance': 'Datakilde',
  'common.published': 'Offentlig kilde',
  'urbanAreas.title': 'Byområder',
  'urbanAreas.intro': 'Byområder i kommunen. De udsatte byområder har hvert et Boligsocialt Forum.',
  'urbanAreas.caption': 'Byområder med status og alternative navne',
  'urbanAreas.vulnerable': 'Udsat byområde',
  'urbanAreas.aliases': 'Alternative navne',
  'urbanAreas.alias': 'Alternativt navn {n}',
  'urbanAreas.addAlias': 'Tilføj alternativt navn',
  'urbanAreas.removeAlias': 'Fjern alternativt navn {n}',
  'urbanAreas.aliasesHint': 'Andre navne, området kendes under, fx «Bispebjerg/Nordvest».',
  'urbanAreas.editTitle': 'Redigér {name}',
  'urbanAreas.forum': 'Boligsocialt Forum',
  'urbanAreas.noForum': 'Området har intet forum.',
  'urbanAreas.members': 'Medlemmer af forummet',
  'urbanAreas.membersCaption': 'Medlemmer af {forum}',
  'urbanAreas.person': 'Person',
  'urbanAreas.organisation': 'Organisation',
  'urbanAreas.forumRole': 'Rolle i forummet',
  'urbanAreas.noMembers': 'Forummet har ingen registrerede medlemmer.',
  'urbanAreas.membersHidden': 'Din rolle giver ikke adgang til navngivne personer.',
  'urbanAreas.workingGroups': 'Arbejdsgrupper',
  'urbanAreas.workingGroupsCaption': 'Arbejdsgrupper under {forum}',
  'urbanAreas.purpose': 'Formål',
  'urbanAreas.noWorkingGroups': 'Forummet har ingen arbejdsgrupper.',
  'urbanAreas.estates': 'Afdelinger i byområdet',
  'urbanAreas.estatesCaption': 'Boligafdelinger i {area}',
  'estates.name': 'Afdeling',
  'estates.number': 'Afd.nr.',
  'estates.dwellings': 'Boliger',
  'estates.owner': 'Boligorganisation',
  'estates.urbanArea': 'Byområde',
  'estates.none': 'Ingen afdelinger registreret.',
  'housing.title': 'Boligorganisationer',
  'housing.intro': 'Almene boligorganisationer, der søger og driver boligsociale helhedsplaner.',
  'housing.caption': 'Boligorganisationer',
  'housing.shortName': 'Kort navn',
  'housing.administrator': 'Administrator',
  'housing.estateCount': 'Afdelinger',
  'housing.estatesCaption': 'Afdelinger ejet af {name}',
  'housing.estates': 'Afdelinger',
  'housing.editTitle': 'Redigér {name}',
  'bodies.title': 'Forvaltninger og udvalg',
  'bodies.intro': 'Kommunens forvaltninger og de politiske udvalg, der behandler helhedsplanerne, herunder Økonomiudvalget og Borgerrepræsentationen.',
  'bodies.administrations': 'Forvaltninger',
  'bodies.administrationsCaption': 'Forvaltninger og deres fagudvalg',
  'bodies.administration': 'Forvaltning',
  'bodies.abbreviation': 'Forkortelse',
  'bodies.committee': 'Udvalg',
  'bodies.committees': 'Udvalg og kommunalbestyrelse',
  'bodies.committeesCaption': 'Politiske organer, der godkender planer',
  'bodies.kind': 'Type',
  'bodies.kind.committee': 'Fagudvalg',
  'bodies.kind.finance_committee': 'Økonomiudvalg',
  'bodies.kind.city_council': 'Kommunalbestyrelse',
  'bodies.editAdministration': 'Redigér {name}',
  'bodies.editCommittee': 'Redigér {name}',
  'funding.title': 'Puljeperioder',
  'funding.intro': 'Landsbyggefondens puljeperioder med indsatsområder og regler for finansiering.',
  'funding.caption': 'Puljeperioder',
  'funding.period': 'Periode',
  'funding.years': 'År',
  'funding.areas': 'Indsatsområder',
  'funding.areasCaption': 'Indsatsområder i {name}',
  'funding.number': 'Nr.',
  'funding.interface': 'Kommunal grænseflade',
  'funding.interfaceTag': 'Kommunal grænseflade',
  'funding.interfaceHelp': 'Indsatsområder med grænseflade til kommunens kernedrift kræver en samarbejdskontrakt med kommunen.',
  'funding.rules': 'Regler',
  'funding.rulesCaption': 'Regelparametre for {name}',
  'funding.rule': 'Parameter',
  'funding.value': 'Værdi',
} as const;

export type Key = keyof typeof da;

const en: Record<Key, string> = {
  'app.name': 'Boligsocial',
  'app.tagline': 'Housing-social plans',
  'app.authority': 'City of Copenhagen',
  'app.department': 'Technical and Environmental Administration',
  'app.skip': 'Skip to main content',
  'app.mainMenu': 'Main menu',
  'app.menu': 'Menu',
  'app.closeMenu': 'Close menu',
  'app.close': 'Close',
  'app.loading': 'Loading …',
  'app.user': 'User',
  'app.switchLanguage': 'Dansk',
  'app.switchLanguageLabel': 'Skift til dansk',
  'app.footer': 'Boligsocial – registration and follow-up of housing-social plans.',
  'app.footerData': 'Data marked "Example data" is made up for demonstration; the rest comes from public sources.',
  'app.apiDocs': 'API documentation',
  'auth.signIn': 'Sign in',
  'auth.signOut': 'Sign out',
  'auth.signInTitle': 'Sign in to Boligsocial',
  'auth.intro': 'Sign in with your e-mail and password.',
  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.failed': 'Sign-in failed',
  'auth.demoUsers': 'Demo users',
  'auth.demoIntro': 'The password is "demo" for every demo user. Choose a user to fill in the form.',
  'auth.demoUse': 'Use ',
  'auth.demoCaption': 'Demo users and their roles',
  'auth.role': 'Role',
  'auth.user': 'User',
  'auth.signedOut': 'You have signed out.',
  'auth.sessionExpired': 'Your session has expired. Please sign in again.',
  'nav.overview': 'Overview',
  'nav.urbanAreas': 'Urban areas',
  'nav.housingOrganisations': 'Housing organisations',
  'nav.bodies': 'Administrations and committees',
  'nav.fundingPeriods': 'Funding periods',
  'overview.title': 'Overview',
  'overview.intro': 'The registry of urban areas, housing organisations, administrations, committees and the fund\'s funding periods.',
  'overview.signedInAs': 'You are signed in as {name} ({role}).',
  'overview.count': 'Count',
  'overview.caption': 'The registry in numbers',
  'overview.what': 'Registry',
  'overview.vulnerable': 'of which vulnerable urban areas: {n}',
  'common.name': 'Name',
  'common.edit': 'Edit',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.none': 'None',
  'common.notFound': 'Page not found',
  'common.notFoundText': 'We could not find the page. Check the address or go to the overview.',
  'common.back': 'Back to {page}',
  'common.example': 'Example data',
  'common.exampleHelp': 'Made-up data for demonstration',
  'common.loadError': 'The data could not be loaded',
  'common.retry': 'Try again',
  'common.saved': 'Your changes have been saved.',
  'common.errorSummary': 'There is a problem',
  'common.stale': 'Someone else changed this while you were editing. Reload to see the latest version and make your changes again.',
  'common.staleTitle': 'Someone changed this – reload',
  'common.reload': 'Reload',
  'common.required': '(*required)',
  'common.fillIn': 'Fill in {label}',
  'common.optional': '(optional)',
  'common.error': 'Error',
  'common.forbidden': 'You do not have access to this.',
  'common.missingApi': 'This part of the registry is not available yet.',
  'common.provenance': 'Source',
  'common.published': 'Public source',
  'urbanAreas.title': 'Urban areas',
  'urbanAreas.intro': 'Urban areas of the municipality. Each vulnerable urban area has a Boligsocialt Forum.',
  'urbanAreas.caption': 'Urban areas with status and other names',
  'urbanAreas.vulnerable': 'Vulnerable urban area',
  'urbanAreas.aliases': 'Other names',
  'urbanAreas.alias': 'Other name {n}',
  'urbanAreas.addAlias': 'Add another name',
  'urbanAreas.removeAlias': 'Remove other name {n}',
  'urbanAreas.aliasesHint': 'Other names the area is known by, e.g. "Bispebjerg/Nordvest".',
  'urbanAreas.editTitle': 'Edit {name}',
  'urbanAreas.forum': 'Boligsocialt Forum',
  'urbanAreas.noForum': 'The area has no forum.',
  'urbanAreas.members': 'Forum members',
  'urbanAreas.membersCaption': 'Members of {forum}',
  'urbanAreas.person': 'Person',
  'urbanAreas.organisation': 'Organisation',
  'urbanAreas.forumRole': 'Role in the forum',
  'urbanAreas.noMembers': 'The forum has no registered members.',
  'urbanAreas.membersHidden': 'Your role does not give access to named people.',
  'urbanAreas.workingGroups': 'Working groups',
  'urbanAreas.workingGroupsCaption': 'Working groups under {forum}',
  'urbanAreas.purpose': 'Purpose',
  'urbanAreas.noWorkingGroups': 'The forum has no working groups.',
  'urbanAreas.estates': 'Estates in the urban area',
  'urbanAreas.estatesCaption': 'Housing estates in {area}',
  'estates.name': 'Estate',
  'estates.number': 'Dept. no.',
  'estates.dwellings': 'Dwellings',
  'estates.owner': 'Housing organisation',
  'estates.urbanArea': 'Urban area',
  'estates.none': 'No estates registered.',
  'housing.title': 'Housing organisations',
  'housing.intro': 'Non-profit housing organisations that apply for and run housing-social plans.',
  'housing.caption': 'Housing organisations',
  'housing.shortName': 'Short name',
  'housing.administrator': 'Administrator',
  'housing.estateCount': 'Estates',
  'housing.estatesCaption': 'Estates owned by {name}',
  'housing.estates': 'Estates',
  'housing.editTitle': 'Edit {name}',
  'bodies.title': 'Administrations and committees',
  'bodies.intro': 'The municipal administrations and the political committees that consider the plans, including the Finance Committee and the City Council.',
  'bodies.administrations': 'Administrations',
  'bodies.administrationsCaption': 'Administrations and their committees',
  'bodies.administration': 'Administration',
  'bodies.abbreviation': 'Abbreviation',
  'bodies.committee': 'Committee',
  'bodies.committees': 'Committees and council',
  'bodies.committeesCaption': 'Political bodies that approve plans',
  'bodies.kind': 'Kind',
  'bodies.kind.committee': 'Standing committee',
  'bodies.kind.finance_committee': 'Finance committee',
  'bodies.kind.city_council': 'Municipal council',
  'bodies.editAdministration': 'Edit {name}',
  'bodies.editCommittee': 'Edit {name}',
  'funding.title': 'Funding periods',
  'funding.intro': 'Landsbyggefonden\'s funding periods with intervention areas and financing rules.',
  'funding.caption': 'Funding periods',
  'funding.period': 'Period',
  'funding.years': 'Years',
  'funding.areas': 'Intervention areas',
  'funding.areasCaption': 'Intervention areas of {name}',
  'funding.number': 'No.',
  'funding.interface': 'Municipal interface',
  'funding.interfaceTag': 'Municipal interface',
  'funding.interfaceHelp': 'Intervention areas with an interface to the municipality\'s core operations need a cooperation contract with the municipality.',
  'funding.rules': 'Rules',
  'funding.rulesCaption': 'Rule parameters of {name}',
  'funding.rule': 'Parameter',
  'funding.value': 'Value',
};

const dictionaries: Record<Language, Record<Key, string>> = { da, en };
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
  document.documentElement.lang = lang;
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

export type Translate = (key: Key, vars?: Record<string, string | number>) => string;

export function translate(lang: Language, key: Key, vars?: Record<string, string | number>): string {
  const text = dictionaries[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage);
}

/** The translate function of the current language; components re-render when it changes. */
export function useT(): Translate {
  const lang = useLanguage();
  return (key, vars) => translate(lang, key, vars);
}
