/** The words of signing in and out. */
import { defineTexts } from '../../texts.ts';

export const authTexts = defineTexts({
  'auth.signIn': ['Log ind', 'Sign in'],
  'auth.signInTitle': ['Log ind i Boligsocial', 'Sign in to Boligsocial'],
  'auth.intro': ['Log ind med din e-mail og adgangskode.', 'Sign in with your e-mail and password.'],
  'auth.email': ['E-mail', 'E-mail'],
  'auth.password': ['Adgangskode', 'Password'],
  'auth.failed': ['Log ind mislykkedes', 'Sign-in failed'],
  'auth.demoUsers': ['Demobrugere', 'Demo users'],
  'auth.demoIntro': [
    'Adgangskoden er «demo» for alle demobrugere. Vælg en bruger for at udfylde formularen.',
    'The password is "demo" for every demo user. Choose a user to fill in the form.',
  ],
  'auth.demoUse': ['Brug ', 'Use '],
  'auth.demoCaption': ['Demobrugere og deres roller', 'Demo users and their roles'],
  'auth.role': ['Rolle', 'Role'],
  'auth.user': ['Bruger', 'User'],
  'auth.signedOut': ['Du er logget af.', 'You have signed out.'],
  'auth.sessionExpired': ['Din session er udløbet. Log ind igen.', 'Your session has expired. Please sign in again.'],
});
