/**
 * `npm run dataset:stats [-- --json]`: how big and how complete the dataset is — people by region,
 * roles by kind, and how many entries carry each optional fact.
 */
import type { PeopleFileSource, PersonSource } from '../core/dataset/schema';
import { readDatasetSources } from './dataset-files';
import { PROJECT_ROOT } from './load-dataset';

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

function stats() {
  const { manifest, files } = readDatasetSources(PROJECT_ROOT);
  const sources = files.flatMap((file) =>
    ((file.data as PeopleFileSource | null)?.people ?? []).map((person) => ({
      region: (file.data as PeopleFileSource).region,
      person,
    })),
  );
  const people: PersonSource[] = sources.map((s) => s.person);
  const share = (test: (p: PersonSource) => boolean) => people.filter(test).length;
  return {
    people: people.length,
    withDatedRole: share((p) => p.roles.some((r) => r.start.length >= 4)),
    asOf: manifest.asOf,
    files: files.length,
    roles: people.reduce((sum, p) => sum + p.roles.length, 0),
    byRegion: countBy(sources, (s) => s.region),
    byCountry: countBy(people, (p) => p.country),
    byRoleKind: countBy(
      people.flatMap((p) => p.roles),
      (r) => r.kind,
    ),
    completeness: {
      withBirthDate: share((p) => p.born !== undefined),
      withAliases: share((p) => (p.aliases ?? []).length > 0),
      withNativeScript: share((p) =>
        [p.name, ...(p.aliases ?? [])].some((n) => /[^\p{Script=Latin}\p{P}\p{Zs}\d]/u.test(n)),
      ),
      withContext: share((p) => (p.context ?? []).length > 0),
      withWikidata: share((p) => p.wikidata !== undefined),
      withCurrentRole: share(
        (p) => p.died === undefined && p.roles.some((r) => r.end === undefined && r.ended !== true),
      ),
      withFullStartDates: share((p) => p.roles.every((r) => r.start.length === 10)),
    },
  };
}

function table(title: string, counts: Record<string, number>, limit = 40): string[] {
  const entries = Object.entries(counts).slice(0, limit);
  const width = Math.max(...entries.map(([k]) => k.length));
  return [title, ...entries.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(5)}`)];
}

const result = stats();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(
    `${String(result.people)} people (${String(result.withDatedRole)} with a dated role), ${String(result.roles)} roles, in ${String(result.files)} files; as of ${result.asOf}`,
  );
  console.log(
    [
      '',
      ...table('By region', result.byRegion),
      '',
      ...table('Roles by kind', result.byRoleKind),
      '',
      ...table('Completeness (people)', result.completeness),
      '',
      ...table('Top countries', result.byCountry, 15),
    ].join('\n'),
  );
}
