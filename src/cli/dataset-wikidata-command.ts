/**
 * `npm run dataset:wikidata -- --positions <positions.json> --out assets/people/wikidata-<name>.json
 * [--response <recorded.json>] [--endpoint <url>] [--print-query]`
 * Asks Wikidata's query service for the holders of the positions (or reads a recorded answer),
 * converts them to dataset entries and writes those the curated files do not already have. Any
 * failure is one line on stderr and exit code 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { convertResponse, type Conversion } from '../core/dataset/wikidata/convert';
import { mergeUnderCurated, type Merge } from '../core/dataset/wikidata/merge';
import { readPositions } from '../core/dataset/wikidata/positions';
import { sparqlRows } from '../core/dataset/wikidata/sparql-json';
import { wikidataQuery } from '../core/dataset/wikidata/sparql-query';
import { DatasetReadError, readDatasetSources } from './dataset-files';
import { PROJECT_ROOT } from './load-dataset';

const USAGE =
  'usage: npm run dataset:wikidata -- --positions <positions.json> --out assets/people/wikidata-<name>.json [--response <recorded.json>] [--endpoint <url>] [--print-query]';
const ENDPOINT = 'https://query.wikidata.org/sparql';
// Wikimedia asks every client to say who it is: https://meta.wikimedia.org/wiki/User-Agent_policy
const USER_AGENT = 'Dramatis/0.1 (people dataset import for the Dramatis browser extension; npm run dataset:wikidata)';

/** A mistake in how the command was called, or something it needs that is not there. */
class CommandError extends Error {}

/** What to ask for, where to ask, and either where to write or only to print the query. */
type Options = { positions: string; endpoint: string } & (
  { printQuery: true } | { printQuery: false; out: string; response?: string }
);

function parseArgs(args: string[]): Options {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as string;
    if (flag === '--print-query') continue;
    if (!['--positions', '--out', '--response', '--endpoint'].includes(flag)) throw new CommandError(USAGE);
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new CommandError(`${flag} needs a value; ${USAGE}`);
    values[flag] = value;
  }
  const { '--positions': positions, '--out': out, '--response': response, '--endpoint': endpoint = ENDPOINT } = values;
  if (!positions) throw new CommandError(USAGE);
  if (args.includes('--print-query')) return { positions, endpoint, printQuery: true };
  if (!out) throw new CommandError(USAGE);
  return { positions, endpoint, printQuery: false, out, ...(response ? { response } : {}) };
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new CommandError(
      `cannot read the ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** POSTs the query: a long list of positions would not fit in a GET URL. */
async function askWikidata(query: string, endpoint: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { Accept: 'application/sparql-results+json', 'User-Agent': USER_AGENT },
      body: new URLSearchParams({ query }),
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    throw new CommandError(`cannot reach ${endpoint} (${cause}): run it online, or pass --response <recorded.json>`);
  }
  if (!response.ok) throw new CommandError(`${endpoint} answered ${response.status} ${response.statusText}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new CommandError(`${endpoint} did not answer JSON`);
  }
}

function printCounts(conversion: Conversion, merge: Merge, out: string): void {
  const reasons = new Map<string, number>();
  for (const { reason } of conversion.skipped) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const why = [...reasons].map(([reason, count]) => `${count} ${reason}`).join(', ');
  console.log(`read:       ${conversion.read} people in the response`);
  console.log(`converted:  ${conversion.people.length}${why ? ` (skipped ${why})` : ''}`);
  console.log(`duplicates: ${merge.duplicates.length} dropped, already in the curated files`);
  console.log(`invalid:    ${merge.invalid.length} dropped`);
  for (const { person, problems } of merge.invalid) {
    console.log(`  ${person.wikidata} "${person.id}": ${problems.join('; ')}`);
  }
  console.log(`written:    ${merge.people.length} to ${out}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { positions, problems } = readPositions(readJson(options.positions, 'positions file'));
  if (problems.length > 0) throw new CommandError(`${options.positions}: ${problems.join('; ')}`);
  const query = wikidataQuery(Object.keys(positions));
  if (options.printQuery) {
    process.stdout.write(`${query}\n`);
    return;
  }
  const answer = options.response
    ? readJson(options.response, 'recorded response')
    : await askWikidata(query, options.endpoint);
  const rows = sparqlRows(answer);
  if (!rows) throw new CommandError(`${options.response ?? options.endpoint}: not a SPARQL JSON response`);
  const { manifest, files } = readDatasetSources(PROJECT_ROOT);
  const conversion = convertResponse(rows, positions, manifest.asOf);
  // The output's own earlier version is not curated: it is what this run replaces.
  const output = {
    path: relative(PROJECT_ROOT, resolve(options.out)),
    region: `Wikidata import: ${basename(options.out, '.json').replace(/^wikidata-/, '')}`,
  };
  const merge = mergeUnderCurated(conversion.people, files, output, manifest.asOf);
  try {
    writeFileSync(options.out, `${JSON.stringify({ region: output.region, people: merge.people }, null, 2)}\n`);
  } catch (error) {
    throw new CommandError(`cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  printCounts(conversion, merge, options.out);
}

main().catch((error: unknown) => {
  if (!(error instanceof CommandError || error instanceof DatasetReadError)) throw error;
  process.stderr.write(`dataset:wikidata: ${error.message}\n`);
  process.exitCode = 1;
});
