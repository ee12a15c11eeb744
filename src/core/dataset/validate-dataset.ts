/**
 * Validates the whole dataset: every entry on its own, then what only shows across entries —
 * duplicate ids, the same person entered twice, and shared names that nothing tells apart.
 */
import { fold } from '../text/fold';
import { dateSpan, isPartialDate } from './partial-date';
import type { PersonSource } from './schema';
import { validatePerson } from './validate-person';

/** One source file as read from disk: its path for messages, its parsed JSON. */
export interface SourceFile {
  path: string;
  data: unknown;
  /** Why the file could not be parsed, when it could not. */
  unreadable?: string;
}

/** A problem that names the file, the entry and the field. */
export interface DatasetProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Formats a problem as the one line the build and the CLI print. */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: ${problem.entry}: ${problem.field}: ${problem.message}`;
}

interface Located {
  file: string;
  entry: string;
  person: PersonSource;
}

/** Validates all source files together; returns every problem found, in file order. */
export function validateDataset(files: SourceFile[], asOf: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (!isPartialDate(asOf) || asOf.length !== 10) {
    return [{ file: 'dataset.json', entry: '(manifest)', field: 'asOf', message: `"${asOf}" is not YYYY-MM-DD` }];
  }
  const valid: Located[] = [];
  for (const file of files) {
    if (file.unreadable !== undefined) {
      problems.push({
        file: file.path,
        entry: '(file)',
        field: '(json)',
        message: `cannot be read as JSON: ${file.unreadable}`,
      });
      continue;
    }
    const data = file.data as { region?: unknown; people?: unknown } | null;
    if (typeof data !== 'object' || data === null || typeof data.region !== 'string' || !Array.isArray(data.people)) {
      problems.push({
        file: file.path,
        entry: '(file)',
        field: 'region/people',
        message: 'must be { "region": "...", "people": [...] }',
      });
      continue;
    }
    data.people.forEach((entry: unknown, index) => {
      const id = (entry as { id?: unknown } | null)?.id;
      const label = `people[${String(index)}]${typeof id === 'string' ? ` "${id}"` : ''}`;
      const found = validatePerson(entry, asOf);
      for (const p of found) problems.push({ file: file.path, entry: label, ...p });
      if (found.length === 0) valid.push({ file: file.path, entry: label, person: entry as PersonSource });
    });
  }
  problems.push(...crossEntryProblems(valid, asOf));
  return problems;
}

function crossEntryProblems(people: Located[], asOf: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const byId = new Map<string, Located>();
  const byName = new Map<string, Located[]>();
  for (const located of people) {
    const { person } = located;
    const earlier = byId.get(person.id);
    if (earlier) {
      problems.push({
        ...where(located),
        field: 'id',
        message: `duplicates the id of ${earlier.file} ${earlier.entry}`,
      });
      continue;
    }
    byId.set(person.id, located);
    const names = new Set([person.name, ...(person.aliases ?? [])].map(fold));
    for (const name of names) {
      const sharing = byName.get(name) ?? [];
      for (const other of sharing) {
        const problem = sharedNameProblem(located, other, name, asOf);
        if (problem) problems.push(problem);
      }
      byName.set(name, [...sharing, located]);
    }
  }
  return problems;
}

function where(located: Located): { file: string; entry: string } {
  return { file: located.file, entry: located.entry };
}

function sharedNameProblem(a: Located, b: Located, name: string, asOf: string): DatasetProblem | null {
  const other = `${b.file} ${b.entry}`;
  const samePerson =
    (a.person.wikidata !== undefined && a.person.wikidata === b.person.wikidata) ||
    (a.person.born !== undefined && a.person.born === b.person.born);
  if (samePerson) {
    return {
      ...where(a),
      field: 'name',
      message: `"${name}" with the same birth date or Wikidata id is already ${other}: the same person twice?`,
    };
  }
  if (a.person.country !== b.person.country) return null;
  if (!periodsOverlap(activePeriod(a.person, asOf), activePeriod(b.person, asOf))) return null;
  if (hasOwnContext(a.person, b.person) && hasOwnContext(b.person, a.person)) return null;
  return {
    ...where(a),
    field: 'aliases',
    message: `"${name}" is also a name of ${other} (same country and era) and nothing tells them apart: give each a distinct "context", or remove the duplicate`,
  };
}

function hasOwnContext(person: PersonSource, other: PersonSource): boolean {
  const theirs = new Set((other.context ?? []).map(fold));
  return (person.context ?? []).some((word) => !theirs.has(fold(word)));
}

function activePeriod(person: PersonSource, asOf: string): [string, string] {
  let first = asOf;
  let last = '0000';
  for (const role of person.roles) {
    const start = dateSpan(role.start);
    if (start && start.first < first) first = start.first;
    const end = role.end === undefined ? null : dateSpan(role.end);
    const until = end ? end.last : asOf;
    if (until > last) last = until;
  }
  return [first, last];
}

function periodsOverlap(a: [string, string], b: [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}
