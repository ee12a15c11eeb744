/**
 * The dataset as the linker asks it: by folded name, by short form, by transliteration key, and
 * by "keys that look alike" (same first letters, similar length) for misspellings like "Prighozin".
 */
import { fold } from '../text/fold';
import { PLACE_WORDS } from '../lexicon/places';
import type { CompiledDataset, DatasetPerson, NameIndex } from './compiled';

export interface EntityIndex {
  asOf: string;
  /** How many people the dataset holds. */
  size: number;
  person(index: number): DatasetPerson;
  byName(folded: string): readonly number[];
  byShort(folded: string): readonly number[];
  byKey(key: string): readonly number[];
  /** People whose keys share the first letters of `key` and are of similar length. */
  nearKey(key: string): readonly number[];
  isGivenName(folded: string): boolean;
  /** A place or jurisdiction: a country, a city, or any org a role in the dataset names. */
  isPlace(folded: string): boolean;
  /** The longest full name in words, to bound alias matching. */
  maxNameWords: number;
}

const NONE: readonly number[] = [];
const PREFIX = 3;

/** Builds the query side of a compiled dataset; linear in its size, done once per load. */
export function createEntityIndex(dataset: CompiledDataset): EntityIndex {
  const names = toMap(dataset.index.names);
  const short = toMap(dataset.index.short);
  const keys = toMap(dataset.index.keys);
  const byPrefix = new Map<string, string[]>();
  for (const key of keys.keys()) {
    if (key.includes(' ') || key.length < PREFIX + 1) continue;
    const prefix = key.slice(0, PREFIX);
    const list = byPrefix.get(prefix);
    if (list) list.push(key);
    else byPrefix.set(prefix, [key]);
  }
  const given = new Set(dataset.index.givenNames);
  const places = new Set(PLACE_WORDS);
  // Jurisdictions the roles name are places too, unless they are also given names ("Sofia").
  for (const person of dataset.people) {
    for (const role of person.roles) {
      const org = fold(role.org);
      if (!given.has(org)) places.add(org);
    }
  }
  let maxNameWords = 1;
  for (const name of names.keys()) maxNameWords = Math.max(maxNameWords, name.split(' ').length);

  return {
    asOf: dataset.asOf,
    size: dataset.people.length,
    person: (index) => {
      const person = dataset.people[index];
      if (!person) throw new RangeError(`no person at ${String(index)}`);
      return person;
    },
    byName: (folded) => names.get(folded) ?? NONE,
    byShort: (folded) => short.get(folded) ?? NONE,
    byKey: (key) => keys.get(key) ?? NONE,
    nearKey: (key) => {
      const found = new Set<number>();
      for (const other of byPrefix.get(key.slice(0, PREFIX)) ?? []) {
        if (Math.abs(other.length - key.length) <= 2) for (const person of keys.get(other) ?? NONE) found.add(person);
      }
      return [...found];
    },
    isGivenName: (folded) => given.has(folded),
    isPlace: (folded) => places.has(folded),
    maxNameWords: Math.min(maxNameWords, 8),
  };
}

function toMap(index: NameIndex): Map<string, number[]> {
  return new Map(Object.entries(index));
}
