/**
 * The compiled dataset (people with their source facts and a prebuilt name index), and its packed
 * form: what the build writes to dataset.json and the service worker loads.
 */
import type { RoleSource } from './schema';

/** One person, ready for linking and for the hover card. */
export interface DatasetPerson {
  id: string;
  name: string;
  description: string;
  country: string;
  born?: string;
  died?: string;
  wikidata?: string;
  /** The name and every alias, as written. */
  names: string[];
  /** Folded words that point to this person on a page. */
  context: string[];
  /** Chronological. */
  roles: RoleSource[];
}

/** Folded name or key -> indexes into `people`. */
export type NameIndex = Record<string, number[]>;

export interface CompiledDataset {
  format: 1;
  asOf: string;
  people: DatasetPerson[];
  index: {
    /** Folded full names and aliases. */
    names: NameIndex;
    /** Folded forms used alone after a first mention: "putin", "kim", "von der leyen". */
    short: NameIndex;
    /** Transliteration keys of short forms and full names. */
    keys: NameIndex;
    /** Folded given names seen in the dataset: evidence that an unknown capitalised pair is a name. */
    givenNames: string[];
    /** Folded jurisdictions the roles name ("russia", "texas"), less those that are also given names ("sofia"). */
    places: string[];
    /** The most words in any full name, to bound alias matching. */
    maxNameWords: number;
  };
}

/** Keys in code-unit order; `people[i]` are the people under `keys[i]`: one index, or several. */
export interface PackedIndex {
  keys: string[];
  people: (number | number[])[];
}

/**
 * The compiled dataset packed for a quick cold start. JSON.parse of thousands of person objects
 * and of objects keyed by 30,000 names is most of a cold start; arrays of strings parse several
 * times faster. Each person stays JSON text until the linker first asks for them.
 */
export interface PackedDataset {
  format: 2;
  asOf: string;
  /** Each DatasetPerson as JSON, in compiled order. */
  people: string[];
  index: Omit<CompiledDataset['index'], 'names' | 'short' | 'keys'> & {
    names: PackedIndex;
    short: PackedIndex;
    keys: PackedIndex;
  };
}
