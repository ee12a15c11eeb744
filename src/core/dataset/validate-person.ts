/**
 * Checks one source entry field by field. Every problem names the field, so the build's message
 * can say file, entry and field; cross-entry checks live in validate-dataset.ts.
 */
import { dateSpan } from './partial-date';
import { ROLE_KINDS, type RoleKind } from './schema';

/** One problem with one field of one entry. */
export interface FieldProblem {
  field: string;
  message: string;
}

const PERSON_FIELDS = new Set([
  'id',
  'name',
  'aliases',
  'surname',
  'description',
  'country',
  'born',
  'died',
  'wikidata',
  'context',
  'roles',
]);
const ROLE_FIELDS = new Set(['title', 'org', 'kind', 'start', 'end', 'ended', 'party']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isText(value: unknown, max = 200): value is string {
  return typeof value === 'string' && value.trim() === value && value.length > 0 && value.length <= max;
}

/** Returns the problems of one person entry; an empty list when it is valid. */
export function validatePerson(entry: unknown, asOf: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return [{ field: '(entry)', message: 'is not an object' }];
  }
  const person = entry as Record<string, unknown>;
  for (const key of Object.keys(person)) if (!PERSON_FIELDS.has(key)) add(key, 'is not a known field');

  if (!isText(person.id, 80) || !ID.test(person.id)) add('id', 'is missing or not kebab-case');
  if (!isText(person.name, 120)) add('name', 'is missing or not trimmed text');
  if (!isText(person.description, 200) || person.description.length < 12) {
    add('description', 'is missing, or not one line of 12 to 200 characters');
  }
  if (typeof person.country !== 'string' || !/^[A-Z]{2}$/.test(person.country)) {
    add('country', 'is missing or not an ISO 3166-1 alpha-2 code');
  }
  checkTextList(person.aliases, 'aliases', add);
  checkTextList(person.context, 'context', add);
  if (person.surname !== undefined && !isText(person.surname, 60)) add('surname', 'is not text');
  if (person.wikidata !== undefined && !(typeof person.wikidata === 'string' && /^Q\d+$/.test(person.wikidata))) {
    add('wikidata', 'is not a Wikidata id such as "Q7747"');
  }
  const born = checkDate(person.born, 'born', asOf, add);
  const died = checkDate(person.died, 'died', asOf, add);
  if (born && died && died.last < born.first) add('died', 'is before born');

  if (!Array.isArray(person.roles) || person.roles.length === 0) {
    add('roles', 'is missing: every person needs at least one dated role');
  } else {
    person.roles.forEach((role, index) => {
      checkRole(role, `roles[${String(index)}]`, asOf, person.died !== undefined, add);
    });
  }
  return problems;
}

function checkTextList(value: unknown, field: string, add: (f: string, m: string) => void): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return add(field, 'is not a list');
  const seen = new Set<string>();
  value.forEach((item, index) => {
    if (!isText(item, 120)) add(`${field}[${String(index)}]`, 'is not trimmed text');
    else if (seen.has(item)) add(`${field}[${String(index)}]`, `repeats "${item}"`);
    else seen.add(item);
  });
}

function checkDate(
  value: unknown,
  field: string,
  asOf: string,
  add: (f: string, m: string) => void,
): { first: string; last: string } | null {
  if (value === undefined) return null;
  const span = typeof value === 'string' ? dateSpan(value) : null;
  if (!span) {
    add(field, `${JSON.stringify(value)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    return null;
  }
  if (span.first > asOf) add(field, `"${value as string}" is after the dataset's as-of date ${asOf}`);
  return span;
}

function checkRole(
  value: unknown,
  field: string,
  asOf: string,
  personDied: boolean,
  add: (f: string, m: string) => void,
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return add(field, 'is not an object');
  const role = value as Record<string, unknown>;
  for (const key of Object.keys(role)) if (!ROLE_FIELDS.has(key)) add(`${field}.${key}`, 'is not a known field');
  if (!isText(role.title, 160)) add(`${field}.title`, 'is missing or not trimmed text');
  if (!isText(role.org, 120)) add(`${field}.org`, 'is missing or not trimmed text');
  if (!ROLE_KINDS.includes(role.kind as RoleKind)) add(`${field}.kind`, `must be one of ${ROLE_KINDS.join(', ')}`);
  if (role.party !== undefined && !isText(role.party, 80)) add(`${field}.party`, 'is not trimmed text');
  if (role.start === undefined) add(`${field}.start`, 'is missing: a role needs a start date');
  const start = checkDate(role.start, `${field}.start`, asOf, add);
  const end = checkDate(role.end, `${field}.end`, asOf, add);
  if (start && end && end.last < start.first)
    add(`${field}.end`, `"${String(role.end)}" is before start "${String(role.start)}"`);
  if (role.ended !== undefined && role.ended !== true) add(`${field}.ended`, 'can only be true');
  if (role.ended === true && role.end !== undefined) add(`${field}.ended`, 'is redundant next to an end date');
  if (personDied && role.end === undefined && role.ended !== true) {
    add(`${field}.end`, 'is missing although the person has died');
  }
}
