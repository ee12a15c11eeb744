/**
 * t(): a UI string in the browser's language, falling back to English where the browser has no
 * translation (or no i18n API, as in unit tests).
 */
import { browser } from 'wxt/browser';
import { MESSAGES_EN, type MessageKey } from './messages-en';

/** The string for `key` with $1, $2 ... replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  let translated = '';
  try {
    // Keys are checked against MESSAGES_EN, which the build turns into _locales.
    const i18n = browser.i18n as unknown as { getMessage(name: string, substitutions?: string[]): string };
    translated = i18n.getMessage(key, subs);
  } catch {
    // no i18n API here: English below
  }
  if (translated) return translated;
  return MESSAGES_EN[key].message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) as the reader writes it: "6 Oct 2022". */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'short';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(undefined, options).format(date);
}

const regions = new Intl.DisplayNames(undefined, { type: 'region' });

/** A country's name from its ISO code: "RU" -> "Russia". */
export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}
