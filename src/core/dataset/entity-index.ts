/**
 * The dataset as the linker asks it: by folded name, by short form, by transliteration key, and
 * by "keys that look alike" (same first letters, similar length) for misspellings like "Prighozin".
 */
import { PLACE_WORDS } from '../lexicon/places';
import type { CompiledDataset, DatasetPerson, NameIndex, PackedDataset, PackedIndex } from './compiled';

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

/** Folded name or key -> the people under it: one index, or several. */
type Lookup = Map<string, number | readonly number[]>;

/**
 * Builds the query side of a dataset: from the packed form the extension ships (people parsed
 * when first asked for), or from a compiled one (the CLI, tests). Linear in the index's size.
 */
export function createEntityIndex(dataset: CompiledDataset | PackedDataset): EntityIndex {
  const packed = dataset.format === 2;
  const names = packed ? fromPacked(dataset.index.names) : fromCompiled(dataset.index.names);
  const short = packed ? fromPacked(dataset.index.short) : fromCompiled(dataset.index.short);
  const keys = packed ? fromPacked(dataset.index.keys) : fromCompiled(dataset.index.keys);
  // Keys in code-unit order: people with misspelled keys are found by a range of their first letters.
  let sortedKeys: readonly string[] | null = packed ? dataset.index.keys.keys : null;
  const sorted = (): readonly string[] => (sortedKeys ??= [...keys.keys()].sort());
  const given = new Set(dataset.index.givenNames);
  const places = new Set([...PLACE_WORDS, ...dataset.index.places]);
  const parsed: DatasetPerson[] = [];
  const person = (index: number): DatasetPerson => {
    const known = parsed[index];
    if (known) return known;
    const source = dataset.people[index];
    if (source === undefined) throw new RangeError(`no person at ${String(index)}`);
    return (parsed[index] = typeof source === 'string' ? (JSON.parse(source) as DatasetPerson) : source);
  };

  return {
    asOf: dataset.asOf,
    size: dataset.people.length,
    person,
    byName: (folded) => lookup(names, folded),
    byShort: (folded) => lookup(short, folded),
    byKey: (key) => lookup(keys, key),
    nearKey: (key) => {
      if (key.length < PREFIX) return NONE;
      const prefix = key.slice(0, PREFIX);
      const all = sorted();
      const found = new Set<number>();
      for (let i = firstAtOrAfter(all, prefix); i < all.length; i++) {
        const other = all[i] as string;
        if (!other.startsWith(prefix)) break;
        if (other.length <= PREFIX || other.includes(' ') || Math.abs(other.length - key.length) > 2) continue;
        for (const at of lookup(keys, other)) found.add(at);
      }
      return [...found];
    },
    isGivenName: (folded) => given.has(folded),
    isPlace: (folded) => places.has(folded),
    maxNameWords: Math.min(dataset.index.maxNameWords, 8),
  };
}

function fromPacked(index: PackedIndex): Lookup {
  const map: Lookup = new Map();
  const { keys, people } = index;
  for (let i = 0; i < keys.length; i++) map.set(keys[i] as string, people[i] as number | number[]);
  return map;
}

function fromCompiled(index: NameIndex): Lookup {
  return new Map(Object.entries(index));
}

/** The people under `key`. A Map, so "constructor" or "__proto__" find nobody. */
function lookup(index: Lookup, key: string): readonly number[] {
  const found = index.get(key);
  return found === undefined ? NONE : typeof found === 'number' ? [found] : found;
}

/** The first position in `sorted` whose key is not before `key`. */
function firstAtOrAfter(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
