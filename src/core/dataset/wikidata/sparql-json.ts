/**
 * The SPARQL 1.1 JSON results format, as the Wikidata Query Service answers:
 * { "head": { "vars": [...] }, "results": { "bindings": [ { "person": { "type": "uri", ... } } ] } }.
 */

/** One bound value: an entity or statement URI, or a literal with its language or datatype. */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** One result row: variable name -> value; unbound variables are absent. */
export type SparqlRow = Partial<Record<string, SparqlTerm>>;

function isTerm(value: unknown): value is SparqlTerm {
  const term = value as Partial<SparqlTerm> | null;
  return (
    typeof term === 'object' &&
    term !== null &&
    (term.type === 'uri' || term.type === 'literal' || term.type === 'bnode') &&
    typeof term.value === 'string'
  );
}

/** The rows of a parsed SPARQL JSON response, or null when it is not one. */
export function sparqlRows(data: unknown): SparqlRow[] | null {
  const bindings = (data as { results?: { bindings?: unknown } } | null)?.results?.bindings;
  if (!Array.isArray(bindings)) return null;
  const rows = bindings as unknown[];
  const wellFormed = rows.every(
    (row) => typeof row === 'object' && row !== null && Object.values(row).every((term) => isTerm(term)),
  );
  return wellFormed ? (rows as SparqlRow[]) : null;
}

const ENTITY = /^http:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/;

/** The Q-id of an entity URI ("http://www.wikidata.org/entity/Q7747" -> "Q7747"), or null. */
export function entityId(term: SparqlTerm | undefined): string | null {
  return term?.type === 'uri' ? (ENTITY.exec(term.value)?.[1] ?? null) : null;
}
