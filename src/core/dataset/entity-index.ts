/**
 * The dataset as the linker asks it: by folded name, by short form, by transliteration key, and
 * by "keys that look alike" (same first letters, similar length) for misspellings like "Prighozin".
 */
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
  const { names, short, keys } = dataset.index;
  const given = new Set(dataset.index.givenNames);
  const places = new Set([...PLACE_WORDS, ...dataset.index.places]);
  // Only fuzzy lookups need keys grouped by their first letters: built on first use.
  let byPrefix: Map<string, string[]> | null = null;
  const prefixes = (): Map<string, string[]> => {
    if (byPrefix) return byPrefix;
    byPrefix = new Map();
    for (const key of Object.keys(keys)) {
      if (key.includes(' ') || key.length < PREFIX + 1) continue;
      const prefix = key.slice(0, PREFIX);
      const list = byPrefix.get(prefix);
      if (list) list.push(key);
      else byPrefix.set(prefix, [key]);
    }
    return byPrefix;
  };

  return {
    asOf: dataset.asOf,
    size: dataset.people.length,
    person: (index) => {
      const person = dataset.people[index];
      if (!person) throw new RangeError(`no person at ${String(index)}`);
      return person;
    },
    byName: (folded) => lookup(names, folded),
    byShort: (folded) => lookup(short, folded),
    byKey: (key) => lookup(keys, key),
    nearKey: (key) => {
      const found = new Set<number>();
      for (const other of prefixes().get(key.slice(0, PREFIX)) ?? []) {
        if (Math.abs(other.length - key.length) <= 2) for (const person of lookup(keys, other)) found.add(person);
      }
      return [...found];
    },
    isGivenName: (folded) => given.has(folded),
    isPlace: (folded) => places.has(folded),
    maxNameWords: Math.min(dataset.index.maxNameWords, 8),
  };
}

/** The people under `key`; own properties only, so "constructor" or "__proto__" find nobody. */
function lookup(index: NameIndex, key: string): readonly number[] {
  return Object.hasOwn(index, key) ? (index[key] ?? NONE) : NONE;
}
