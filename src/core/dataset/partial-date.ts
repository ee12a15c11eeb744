/**
 * Dates as precise as a fact is sure: "2012", "2012-05", "2012-05-07".
 * A partial date stands for a span of days; comparisons use its first or last day.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last ISO day a partial date can mean, or null when it is not a valid date. */
export function dateSpan(value: string): { first: string; last: string } | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (!month) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  const daysInMonth = daysIn(Number(year), monthNumber);
  if (!day) return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(daysInMonth)}` };
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > daysInMonth) return null;
  return { first: value, last: value };
}

/** Days in a month of the Gregorian calendar; arithmetic, because a page's first Date can cost milliseconds. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the value is a well-formed partial date. */
export function isPartialDate(value: string): boolean {
  return dateSpan(value) !== null;
}

/** The ISO day (YYYY-MM-DD) of a timestamp or date string, or null when it is not a date. */
export function isoDay(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  // An impossible ISO day ("2022-02-30") is no date; Date.parse would roll it into March.
  if (match?.[1]) return dateSpan(match[1]) ? match[1] : null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
