/**
 * The compiled dataset: what the build writes to dataset.json and the service worker loads.
 * People keep their source facts; the index is prebuilt so that loading is one JSON.parse.
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
