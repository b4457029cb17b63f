/** Calendar dates (ISO `YYYY-MM-DD`) as Copenhagen sees them, and as a sentence writes them. */

/** The municipality's time zone: "today" is the date there. */
export const copenhagenTimeZone = 'Europe/Copenhagen';

/** The date in Copenhagen at `now`, as `YYYY-MM-DD` (a decision dated after it is in the future, APP-DATE). */
export function copenhagenToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: copenhagenTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const danishMonths = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const split = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** "2025-05-08" → "8. maj 2025". */
export function danishDate(iso: string): string {
  const [y, m, d] = split(iso);
  return `${d}. ${danishMonths[m - 1] ?? '?'} ${y}`;
}

/** "2025-05-08" → "8 May 2025". */
export function englishDate(iso: string): string {
  const [y, m, d] = split(iso);
  return `${d} ${englishMonths[m - 1] ?? '?'} ${y}`;
}
