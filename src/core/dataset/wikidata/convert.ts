/**
 * A Wikidata SPARQL response -> entries of the dataset's source schema: gather each person's
 * rows (person-facts.ts), then name (person-names.ts), date and place them (person-roles.ts).
 * A person the dataset could not use — no English label or description, no dated role — is
 * skipped with the reason.
 */
import type { PersonSource } from '../schema';
import { gatherPeople, type PersonFacts } from './person-facts';
import { aliasesOf, descriptionOf, oneLine, personId } from './person-names';
import { countryOf, rolesOf } from './person-roles';
import type { Positions } from './positions';
import type { SparqlRow } from './sparql-json';
import { agreedDate, isAfter } from './wikidata-date';

/** A converted entry: it always carries the Wikidata id it came from. */
export type ImportedPerson = PersonSource & { wikidata: string };

/** A person of the response that could not become an entry, and why. */
export interface SkippedPerson {
  wikidata: string;
  reason: string;
}

/** What a conversion made of a response. */
export interface Conversion {
  /** How many people the response named. */
  read: number;
  people: ImportedPerson[];
  skipped: SkippedPerson[];
}

/** Converts the rows of a response, with roles titled by `positions`, true as of `asOf`. */
export function convertResponse(rows: SparqlRow[], positions: Positions, asOf: string): Conversion {
  const read = gatherPeople(rows);
  const people: ImportedPerson[] = [];
  const skipped: SkippedPerson[] = [];
  for (const facts of read) {
    const person = convertPerson(facts, positions, asOf);
    if (typeof person === 'string') skipped.push({ wikidata: facts.wikidata, reason: person });
    else people.push(person);
  }
  return { read: read.length, people, skipped };
}

/** One person's entry, or the reason there is none. */
function convertPerson(facts: PersonFacts, positions: Positions, asOf: string): ImportedPerson | string {
  const name = oneLine(facts.labels.get('en') ?? facts.labels.get('mul') ?? '');
  if (name === '' || name.length > 120) return 'no English label';
  const description = descriptionOf(facts.description);
  if (!description) return 'no English description of 12 characters or more';
  const born = agreedDate(facts.born);
  const died = agreedDate(facts.died);
  const diedByAsOf = died && !isAfter(died, asOf) ? died : null;
  const roles = rolesOf(facts, positions, asOf, diedByAsOf !== null);
  if (roles.length === 0) return `no role with a start date on or before ${asOf}`;
  const country = countryOf(facts);
  if (!country) return 'no single country of citizenship';
  const aliases = aliasesOf(facts, name);
  return {
    id: personId(name) || facts.wikidata.toLowerCase(),
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    description,
    country,
    ...(born && !isAfter(born, asOf) ? { born } : {}),
    ...(diedByAsOf ? { died: diedByAsOf } : {}),
    wikidata: facts.wikidata,
    roles,
  };
}
