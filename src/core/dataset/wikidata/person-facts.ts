/**
 * Step 1 of a conversion: the rows of a SPARQL response gathered per person. A fact may come in
 * many rows (and, where the query multiplies rows, many times), so everything lands in sets.
 */
import { entityId, type SparqlRow } from './sparql-json';
import { LANGUAGES } from './sparql-query';
import { partialDate } from './wikidata-date';

/** One "position held" statement: the position and what its qualifiers say. */
export interface StatementFacts {
  position: string;
  starts: Set<string>;
  ends: Set<string>;
  /** ISO code of the position's country, which settles a dual citizenship. */
  countries: Set<string>;
}

/** Everything the response says about one person, not yet judged. */
export interface PersonFacts {
  wikidata: string;
  /** Language -> label; language -> aliases. */
  labels: Map<string, string>;
  aliases: Map<string, Set<string>>;
  description?: string;
  born: Set<string>;
  died: Set<string>;
  citizenships: Set<string>;
  /** Statement URI -> the statement. */
  statements: Map<string, StatementFacts>;
}

function languageOf(row: SparqlRow, variable: string): string | null {
  const lang = row[variable]?.['xml:lang'];
  return LANGUAGES.find((language) => language === lang) ?? null;
}

function addDate(target: Set<string>, row: SparqlRow, variable: string, months: boolean): void {
  const time = row[variable];
  const date = time ? partialDate(time.value, row[`${variable}Precision`]?.value, months) : null;
  if (date) target.add(date);
}

function addRow(facts: PersonFacts, row: SparqlRow): void {
  const labelLanguage = languageOf(row, 'label');
  if (labelLanguage && row.label) facts.labels.set(labelLanguage, row.label.value);
  const aliasLanguage = languageOf(row, 'alias');
  if (aliasLanguage && row.alias) {
    facts.aliases.set(aliasLanguage, (facts.aliases.get(aliasLanguage) ?? new Set()).add(row.alias.value));
  }
  if (languageOf(row, 'description') === 'en' && row.description) facts.description = row.description.value;
  addDate(facts.born, row, 'born', false);
  addDate(facts.died, row, 'died', false);
  if (row.country?.type === 'literal') facts.citizenships.add(row.country.value);
  const position = entityId(row.position);
  if (!row.statement || !position) return;
  const statement = facts.statements.get(row.statement.value) ?? {
    position,
    starts: new Set<string>(),
    ends: new Set<string>(),
    countries: new Set<string>(),
  };
  addDate(statement.starts, row, 'start', true);
  addDate(statement.ends, row, 'end', true);
  if (row.positionCountry?.type === 'literal') statement.countries.add(row.positionCountry.value);
  facts.statements.set(row.statement.value, statement);
}

/** Gathers the rows per person, in the order people first appear. */
export function gatherPeople(rows: SparqlRow[]): PersonFacts[] {
  const people = new Map<string, PersonFacts>();
  for (const row of rows) {
    const wikidata = entityId(row.person);
    if (!wikidata) continue;
    const facts = people.get(wikidata) ?? {
      wikidata,
      labels: new Map<string, string>(),
      aliases: new Map<string, Set<string>>(),
      born: new Set<string>(),
      died: new Set<string>(),
      citizenships: new Set<string>(),
      statements: new Map<string, StatementFacts>(),
    };
    addRow(facts, row);
    people.set(wikidata, facts);
  }
  return [...people.values()];
}
