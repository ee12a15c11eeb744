/**
 * Imported entries go under the curated ones: curated wins. An import of someone already in the
 * dataset — the same Wikidata id, or a shared name and birth date — is dropped; an id that is
 * taken gets a suffix; and whatever the validator still refuses next to the curated files is
 * dropped with its problems, so the output always passes.
 */
import { fold } from '../../text/fold';
import type { PeopleFileSource, PersonSource } from '../schema';
import type { SourceFile } from '../validate-dataset';
import type { ImportedPerson } from './convert';
import { dropRefused, type InvalidPerson } from './drop-refused';

/** What goes into the output file, and what was dropped on the way. */
export interface Merge {
  people: ImportedPerson[];
  duplicates: ImportedPerson[];
  invalid: InvalidPerson[];
}

/** Merges imported entries under the curated files (every other file of the dataset). */
export function mergeUnderCurated(
  imported: ImportedPerson[],
  curated: SourceFile[],
  output: { path: string; region: string },
  asOf: string,
): Merge {
  const others = curated.filter((file) => file.path !== output.path);
  const known = curatedPeople(others);
  const isDuplicate = curatedMatcher(known);
  const duplicates = imported.filter(isDuplicate);
  const kept = imported
    .filter((person) => !isDuplicate(person))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || Number(a.wikidata.slice(1)) - Number(b.wikidata.slice(1)));
  const withIds = withFreeIds(kept, new Set(known.map((entry) => entry.id)));
  return { ...dropRefused(withIds, others, output, asOf), duplicates };
}

function curatedPeople(files: SourceFile[]): Partial<PersonSource>[] {
  return files.flatMap((file) => {
    const people = (file.data as Partial<PeopleFileSource> | null)?.people;
    return Array.isArray(people) ? people.filter((entry) => typeof entry === 'object' && entry !== null) : [];
  });
}

function foldedNames(person: Partial<PersonSource>): string[] {
  const names: unknown[] = [person.name, ...(Array.isArray(person.aliases) ? person.aliases : [])];
  return names.filter((name): name is string => typeof name === 'string').map(fold);
}

/**
 * Tells whether an import is someone already curated: the same Wikidata id, or a shared name and
 * birth dates where one is a more precise form of the other ("1970" and "1970-06-21").
 */
function curatedMatcher(known: Partial<PersonSource>[]): (person: ImportedPerson) => boolean {
  const wikidata = new Set(known.map((entry) => entry.wikidata));
  const births = new Map<string, string[]>();
  for (const entry of known) {
    if (typeof entry.born !== 'string') continue;
    for (const name of foldedNames(entry)) births.set(name, [...(births.get(name) ?? []), entry.born]);
  }
  return (person) => {
    const { born } = person;
    if (wikidata.has(person.wikidata)) return true;
    if (born === undefined) return false;
    return foldedNames(person).some((name) =>
      (births.get(name) ?? []).some((date) => date.startsWith(born) || born.startsWith(date)),
    );
  };
}

/** A curated id gets "-wd"; two imports of one name are told apart by their Wikidata ids. */
function withFreeIds(people: ImportedPerson[], curatedIds: Set<string | undefined>): ImportedPerson[] {
  const taken = new Set(curatedIds);
  return people.map((person) => {
    let id = curatedIds.has(person.id) ? `${person.id}-wd` : person.id;
    if (taken.has(id)) id = `${id}-${person.wikidata.toLowerCase()}`;
    taken.add(id);
    return { ...person, id };
  });
}
