/**
 * Compiles validated source files into the one asset the extension ships: people in a stable
 * order (by id) and the prebuilt name index. Throws with every problem when the sources are invalid.
 */
import { fold } from '../text/fold';
import { nameKey } from '../text/name-key';
import type { CompiledDataset, DatasetPerson, NameIndex } from './compiled';
import { dateSpan } from './partial-date';
import { givenNames, shortForms } from './name-forms';
import type { PeopleFileSource, PersonSource } from './schema';
import { formatProblem, validateDataset, type SourceFile } from './validate-dataset';

/** The dataset has problems; the message lists each as file: entry: field: message. */
export class InvalidDatasetError extends Error {}

/** Validates and compiles; the result is deterministic for the same sources. */
export function compileDataset(files: SourceFile[], asOf: string): CompiledDataset {
  const problems = validateDataset(files, asOf);
  if (problems.length > 0) {
    throw new InvalidDatasetError(
      `The people dataset has ${String(problems.length)} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  const sources = files
    .flatMap((file) => (file.data as PeopleFileSource).people)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const names: NameIndex = {};
  const short: NameIndex = {};
  const keys: NameIndex = {};
  const given = new Set<string>();
  const people = sources.map((source, index) => {
    for (const name of [source.name, ...(source.aliases ?? [])]) {
      add(names, fold(name), index);
      add(keys, nameKey(name), index);
    }
    for (const form of shortForms(source)) {
      add(short, form, index);
      add(keys, nameKey(form), index);
    }
    for (const name of givenNames(source)) given.add(name);
    return toPerson(source);
  });
  const places = new Set(
    people.flatMap((person) => person.roles.map((role) => fold(role.org))).filter((org) => !given.has(org)),
  );
  const maxNameWords = Math.max(1, ...Object.keys(names).map((name) => name.split(' ').length));
  return {
    format: 1,
    asOf,
    people,
    index: { names, short, keys, givenNames: [...given].sort(), places: [...places].sort(), maxNameWords },
  };
}

function add(index: NameIndex, key: string, person: number): void {
  if (key.length === 0) return;
  const list = index[key] ?? (index[key] = []);
  if (!list.includes(person)) list.push(person);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The person's context words, folded, with the name of their country: a page about Russia fits Russians. */
function contextWords(source: PersonSource): string[] {
  const words = new Set((source.context ?? []).map(fold));
  const country = regionNames.of(source.country);
  if (country && country !== source.country) words.add(fold(country));
  return [...words];
}

function toPerson(source: PersonSource): DatasetPerson {
  const roles = [...source.roles].sort((a, b) =>
    (dateSpan(a.start)?.first ?? '') < (dateSpan(b.start)?.first ?? '') ? -1 : 1,
  );
  const person: DatasetPerson = {
    id: source.id,
    name: source.name,
    description: source.description,
    country: source.country,
    names: [source.name, ...(source.aliases ?? [])],
    context: contextWords(source),
    roles,
  };
  if (source.born !== undefined) person.born = source.born;
  if (source.died !== undefined) person.died = source.died;
  if (source.wikidata !== undefined) person.wikidata = source.wikidata;
  return person;
}
