/**
 * Wikidata time values as the dataset's partial dates. Wikidata pads an imprecise date to a full
 * timestamp ("1952-01-01T00:00:00Z" with precision 9 means "1952"), so the precision decides how
 * much of it is a fact.
 */
import { dateSpan } from '../partial-date';

const DAY = 11;
const MONTH = 10;
const YEAR = 9;

/**
 * The partial date a time value stands for: "YYYY-MM-DD" at day precision, "YYYY-MM" at month
 * precision when `months` is set (else "YYYY"), "YYYY" at year precision; null when coarser, BCE
 * or not a date.
 * @example partialDate('1952-10-07T00:00:00Z', '11', false) === '1952-10-07'
 */
export function partialDate(time: string, precision: string | undefined, months: boolean): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(time);
  const level = Number(precision);
  if (!match || !dateSpan(`${match[1]}-${match[2]}-${match[3]}`)) return null;
  if (level >= DAY) return `${match[1]}-${match[2]}-${match[3]}`;
  if (level === MONTH && months) return `${match[1]}-${match[2]}`;
  return level === MONTH || level === YEAR ? (match[1] ?? null) : null;
}

/**
 * The one date several statements agree on: the most precise, when every other one is a less
 * precise form of it ("1952" and "1952-10-07"); null when they disagree, since then none is sure.
 */
export function agreedDate(dates: Iterable<string>): string | null {
  const distinct = [...new Set(dates)].sort((a, b) => b.length - a.length);
  const [best] = distinct;
  return best !== undefined && distinct.every((date) => best.startsWith(date)) ? best : null;
}

/** True when the partial date begins after the as-of day, so it is not yet a fact. */
export function isAfter(date: string, asOf: string): boolean {
  return (dateSpan(date)?.first ?? date) > asOf;
}
