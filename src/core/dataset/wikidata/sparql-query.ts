/**
 * The SPARQL query that asks Wikidata for the holders of a set of positions. Each kind of fact
 * comes in its own UNION branch, so a person's rows do not multiply (labels x aliases x roles);
 * convert.ts gathers a person's rows back together.
 */

/**
 * The languages whose labels and aliases become aliases; English gives the name. "mul" is
 * Wikidata's label for all languages, which often replaces an identical English one.
 */
export const LANGUAGES = ['en', 'mul', 'ru', 'uk', 'de', 'fr'] as const;

// Prefixes are spelled out so the query also runs on mirrors that do not predefine them.
const PREFIXES = `PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX psv: <http://www.wikidata.org/prop/statement/value/>
PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>`;

/** A time value with its precision (11 day, 10 month, 9 year), from a value node. */
function timeOf(node: string, variable: string): string {
  return `?${node} wikibase:timeValue ?${variable} ; wikibase:timePrecision ?${variable}Precision .`;
}

/** The query text for the holders of the given positions (ids already checked as "Q123"). */
export function wikidataQuery(positionIds: string[]): string {
  const values = positionIds.map((id) => `wd:${id}`).join(' ');
  const languages = LANGUAGES.map((language) => `"${language}"`).join(', ');
  return `${PREFIXES}
SELECT ?person ?statement ?position ?positionCountry ?start ?startPrecision ?end ?endPrecision
       ?label ?alias ?description ?born ?bornPrecision ?died ?diedPrecision ?country
WHERE {
  { SELECT DISTINCT ?person WHERE {
      VALUES ?held { ${values} }
      ?person p:P39/ps:P39 ?held ; wdt:P31 wd:Q5 .
  } }
  {
    VALUES ?position { ${values} }
    ?person p:P39 ?statement .
    ?statement ps:P39 ?position .
    MINUS { ?statement wikibase:rank wikibase:DeprecatedRank . }
    OPTIONAL { ?position wdt:P17/wdt:P297 ?positionCountry . }
    OPTIONAL { ?statement pqv:P580 ?startNode . ${timeOf('startNode', 'start')} }
    OPTIONAL { ?statement pqv:P582 ?endNode . ${timeOf('endNode', 'end')} }
  }
  UNION { ?person rdfs:label ?label . FILTER(LANG(?label) IN (${languages})) }
  UNION { ?person skos:altLabel ?alias . FILTER(LANG(?alias) IN (${languages})) }
  UNION { ?person schema:description ?description . FILTER(LANG(?description) = "en") }
  UNION { ?person p:P569 ?birth . ?birth a wikibase:BestRank ; psv:P569 ?bornNode . ${timeOf('bornNode', 'born')} }
  UNION { ?person p:P570 ?death . ?death a wikibase:BestRank ; psv:P570 ?diedNode . ${timeOf('diedNode', 'died')} }
  UNION { ?person wdt:P27/wdt:P297 ?country . }
}`;
}
