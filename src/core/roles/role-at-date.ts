/**
 * Which role a person held on a date: the article's publication date for "then", the dataset's
 * as-of date for "now". Partial dates count generously at the start and the end ("2012" covers all
 * of 2012). A role that ended at an unknown date is only a fallback for "then", when no role with
 * known dates covers the date and no later role has begun; it is never "now".
 */
import type { DatasetPerson } from '../dataset/compiled';
import { dateSpan } from '../dataset/partial-date';
import type { RoleKind, RoleSource } from '../dataset/schema';

// When several roles overlap, the one a reader would name first.
const KIND_RANK: Record<RoleKind, number> = {
  'head-of-state': 0,
  'head-of-government': 1,
  international: 2,
  minister: 3,
  security: 4,
  judiciary: 5,
  military: 6,
  party: 7,
  legislator: 8,
  regional: 9,
  diplomat: 10,
  local: 11,
  official: 12,
  religious: 13,
  business: 14,
  media: 15,
  activist: 16,
  other: 17,
};

/** The role held on `date` (YYYY-MM-DD), or null. */
export function roleAt(person: DatasetPerson, date: string, asOf: string): RoleSource | null {
  if (person.died !== undefined && (dateSpan(person.died)?.last ?? '') < date) return null;
  const held = person.roles.filter((role) => role.ended !== true && holds(role, date, asOf));
  // On a handover day the role that begins wins over the one that ends.
  const continuing = held.filter((role) => role.end === undefined || (dateSpan(role.end)?.first ?? '') !== date);
  if (held.length > 0) return pickRole(continuing.length > 0 ? continuing : held);
  const uncertain = person.roles.filter(
    (role) =>
      role.ended === true &&
      holds(role, date, asOf) &&
      !person.roles.some((later) => later.start > role.start && later.start <= date),
  );
  return pickRole(uncertain);
}

/** The role held on the dataset's as-of date and not known to have ended since, or null. */
export function currentRole(person: DatasetPerson, asOf: string): RoleSource | null {
  if (person.died !== undefined) return null;
  return pickRole(
    person.roles.filter((role) => role.end === undefined && role.ended !== true && holds(role, asOf, asOf)),
  );
}

function holds(role: RoleSource, date: string, asOf: string): boolean {
  const start = dateSpan(role.start);
  if (!start || start.first > date) return false;
  if (role.end !== undefined) return (dateSpan(role.end)?.last ?? '') >= date;
  if (role.ended === true) return date <= asOf;
  return true;
}

function pickRole(roles: RoleSource[]): RoleSource | null {
  let best: RoleSource | null = null;
  for (const role of roles) {
    if (!best || KIND_RANK[role.kind] < KIND_RANK[best.kind]) best = role;
    else if (KIND_RANK[role.kind] === KIND_RANK[best.kind] && role.start > best.start) best = role;
  }
  return best;
}
