/**
 * Step 3 of a conversion: "position held" statements as dated roles, true as of the dataset's
 * as-of date, and the country a person is chiefly associated with.
 */
import type { RoleSource } from '../schema';
import type { PersonFacts } from './person-facts';
import type { Positions } from './positions';
import { agreedDate, isAfter } from './wikidata-date';

/**
 * The person's roles, by start date. A role needs a start on or before `asOf`; an end after `asOf`
 * is not yet a fact, so that role is still held and has no end. A role of a person who has died,
 * or whose end dates disagree, is `ended` without a date.
 */
export function rolesOf(facts: PersonFacts, positions: Positions, asOf: string, hasDied: boolean): RoleSource[] {
  const roles = new Map<string, RoleSource>();
  for (const statement of facts.statements.values()) {
    const position = positions[statement.position];
    const start = agreedDate(statement.starts);
    if (!position || !start || isAfter(start, asOf)) continue;
    const ends = [...statement.ends];
    const end = agreedDate(ends);
    const role: RoleSource = { ...position, start };
    if (end && !isAfter(end, asOf)) role.end = end;
    // Ends that disagree still say the role is over.
    else if (hasDied || (ends.length > 0 && ends.every((date) => !isAfter(date, asOf)))) role.ended = true;
    // The same statement entered twice on Wikidata would otherwise be two roles.
    roles.set(`${statement.position} ${start} ${role.end ?? ''}`, role);
  }
  return [...roles.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

/**
 * The country of citizenship the person's positions belong to, else their only citizenship, else
 * (with none known) their positions' country; null when a choice would be a guess.
 */
export function countryOf(facts: PersonFacts): string | null {
  const served = [...facts.statements.values()].flatMap((statement) => [...statement.countries]);
  const citizen = served.filter((country) => facts.citizenships.has(country));
  if (citizen.length > 0) return mostCommon(citizen);
  if (facts.citizenships.size === 1) return [...facts.citizenships][0] ?? null;
  return facts.citizenships.size === 0 && served.length > 0 ? mostCommon(served) : null;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
