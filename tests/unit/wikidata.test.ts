import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatasetSources } from '../../src/cli/dataset-files';
import { PROJECT_ROOT } from '../../src/cli/load-dataset';
import type { PeopleFileSource, PersonSource } from '../../src/core/dataset/schema';
import { validateDataset, type SourceFile } from '../../src/core/dataset/validate-dataset';
import { convertResponse, type ImportedPerson } from '../../src/core/dataset/wikidata/convert';
import { runCommand } from './run-command';
import { mergeUnderCurated } from '../../src/core/dataset/wikidata/merge';
import { personId } from '../../src/core/dataset/wikidata/person-names';
import { readPositions } from '../../src/core/dataset/wikidata/positions';
import { sparqlRows } from '../../src/core/dataset/wikidata/sparql-json';
import { wikidataQuery } from '../../src/core/dataset/wikidata/sparql-query';
import { agreedDate, partialDate } from '../../src/core/dataset/wikidata/wikidata-date';

// Every person, position and country code (XF, XG: user-assigned ISO codes) in the fixtures is made up.
const FIXTURES = 'tests/fixtures/wikidata'; // relative to PROJECT_ROOT, the command's working directory
const AS_OF = '2025-07-01';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, FIXTURES, name), 'utf8'));
}

const { positions, problems: positionProblems } = readPositions(fixture('positions.json'));
const conversion = convertResponse(sparqlRows(fixture('response.json')) ?? [], positions, AS_OF);

function converted(wikidata: string): ImportedPerson | undefined {
  return conversion.people.find((person) => person.wikidata === wikidata);
}

describe('the SPARQL query', () => {
  const query = wikidataQuery(Object.keys(positions));

  it('asks for the holders of every position, with dates and precision', () => {
    expect(positionProblems).toEqual([]);
    expect(query).toContain('VALUES ?position { wd:Q99990001 wd:Q99990002 wd:Q99990003 }');
    for (const property of ['P39', 'P580', 'P582', 'P569', 'P570', 'P27', 'P297']) expect(query).toContain(property);
    expect(query).toContain('wikibase:timePrecision');
  });

  it('asks for labels and aliases in five languages (and "mul") and the English description', () => {
    expect(query).toContain('FILTER(LANG(?label) IN ("en", "mul", "ru", "uk", "de", "fr"))');
    expect(query).toContain('FILTER(LANG(?alias) IN ("en", "mul", "ru", "uk", "de", "fr"))');
    expect(query).toContain('FILTER(LANG(?description) = "en")');
  });
});

describe('the positions file', () => {
  it('names each problem', () => {
    const { problems } = readPositions({ Q1: { title: 'Mayor', org: 'Testtown', kind: 'boss' }, X2: {} });
    expect(problems.join('\n')).toContain('Q1: kind: must be one of');
    expect(problems.join('\n')).toContain('X2: is not a Wikidata item id');
    expect(readPositions([]).problems).toHaveLength(1);
  });
});

describe('Wikidata dates', () => {
  it.each([
    ['1952-10-07T00:00:00Z', '11', false, '1952-10-07'],
    ['1952-10-01T00:00:00Z', '10', false, '1952'],
    ['1952-10-01T00:00:00Z', '10', true, '1952-10'],
    ['1952-01-01T00:00:00Z', '9', true, '1952'],
    ['1950-01-01T00:00:00Z', '8', false, null],
    ['-0044-03-15T00:00:00Z', '11', false, null],
    ['1952-01-01T00:00:00Z', undefined, false, null],
  ])('%s at precision %s (months: %s) is %s', (time, precision, months, expected) => {
    expect(partialDate(time, precision, months)).toBe(expected);
  });

  it.each([
    [['1952', '1952-10-07', '1952-10'], '1952-10-07'],
    [['1952-10-07', '1953'], null],
    [[], null],
  ])('%j agree on %s', (dates, expected) => {
    expect(agreedDate(dates)).toBe(expected);
  });
});

describe('converting a response', () => {
  it('reads every person and says why it skipped some', () => {
    expect(conversion.read).toBe(7);
    expect(conversion.people.map((person) => person.wikidata)).toEqual([
      'Q99990101',
      'Q99990102',
      'Q99990103',
      'Q99990106',
    ]);
    expect(conversion.skipped).toEqual([
      { wikidata: 'Q99990104', reason: 'no English description of 12 characters or more' },
      { wikidata: 'Q99990105', reason: 'no English label' },
      { wikidata: 'Q99990107', reason: 'no role with a start date on or before 2025-07-01' },
    ]);
  });

  it('names a person from the labels: aliases deduplicated, never the name', () => {
    expect(converted('Q99990101')).toEqual({
      id: 'mirela-vantosk',
      name: 'Mirela Vantosk',
      // The German label is the name, the French one folds to it, the Ukrainian alias is the Russian label.
      aliases: ['M. Vantosk', 'Mirela Ana Vantosk', 'Мирела Вантоск', 'Мірела Вантоськ'],
      description: 'Fictional president of Fictland',
      country: 'XF',
      born: '1961-04-12',
      wikidata: 'Q99990101',
      roles: [
        {
          title: 'President of Fictland',
          org: 'Fictland',
          kind: 'head-of-state',
          start: '2010-03-15',
          end: '2018-03-15',
        },
        { title: 'President of Fictland', org: 'Fictland', kind: 'head-of-state', start: '2022-05-01' },
      ],
    });
  });

  it('keeps dates only as precise as Wikidata is sure, and nothing after the as-of date', () => {
    const person = converted('Q99990102');
    expect(person?.born).toBe('1970'); // month precision: the year only
    expect(person?.roles).toEqual([
      {
        title: 'Minister of Lighthouses of Fictland',
        org: 'Fictland',
        kind: 'minister',
        start: '2009-02',
        end: '2012',
      },
      // Ends 2026-01-10, after the as-of date: still held then, so no end. The role starting
      // 2025-09-01 and the one without a start are dropped.
      { title: 'Prime Minister of Fictland', org: 'Fictland', kind: 'head-of-government', start: '2015' },
    ]);
    expect(person?.description.length).toBeLessThanOrEqual(200);
    expect(person?.description).toMatch(/^Fictional prime minister of Fictland, .* the…$/);
  });

  it('ends the roles of a person who has died, and picks the citizenship the positions belong to', () => {
    const person = converted('Q99990103');
    expect(person?.name).toBe('Ilse Marrow-Quent'); // from the "mul" label: there is no English one
    expect(person?.born).toBeUndefined(); // decade precision
    expect(person?.died).toBe('2019-11-02');
    expect(person?.country).toBe('XF'); // citizen of XF and XG; the positions are XF's
    expect(person?.roles.map((role) => [role.start, role.end, role.ended])).toEqual([
      ['1999-01-01', undefined, true], // two end dates that disagree
      ['2001-02-03', undefined, true], // no end, but the person has died
    ]);
  });

  it.each([
    ['Mirela Vantosk', 'mirela-vantosk'],
    ['Ilse Marrow-Quent', 'ilse-marrow-quent'],
    ["Maeve O'Fenlow", 'maeve-ofenlow'],
    ['Łukasz Brzęk', 'lukasz-brzek'],
    ['Ærla Þórsdóttir', 'aerla-thorsdottir'],
    ['J. R. Fenwick Jr.', 'j-r-fenwick-jr'],
  ])('%s gets the id %s', (name, id) => {
    expect(personId(name)).toBe(id);
  });
});

const OUTPUT = { path: 'assets/people/wikidata-test.json', region: 'Wikidata import: test' };

function curatedPerson(person: Partial<PersonSource> & { id: string; name: string }): PersonSource {
  return {
    description: 'A curated person for a merge test.',
    country: 'XF',
    roles: [{ title: 'Mayor of Testtown', org: 'Testtown', kind: 'local', start: '2019-01-01' }],
    ...person,
  };
}

function curatedFile(...people: PersonSource[]): SourceFile {
  return { path: 'assets/people/curated.json', data: { region: 'Curated', people } };
}

function outputProblems(curated: SourceFile, people: ImportedPerson[]): string[] {
  const output = { path: OUTPUT.path, data: { region: OUTPUT.region, people } };
  return validateDataset([curated, output], AS_OF).map((problem) => problem.message);
}

describe('merging under the curated entries', () => {
  it('drops people already curated, renames taken ids and drops what the validator refuses', () => {
    const curated = curatedFile(
      curatedPerson({ id: 'mirela-vantoskova', name: 'Mirela Vantoskova', wikidata: 'Q99990101' }),
      // The same name once folded, and a birth date the import's year-only one is a form of.
      curatedPerson({ id: 'tomas-brellik', name: 'Tomáš Brellik', born: '1970-06-21' }),
      // A namesake: another country, another era, so only the id collides.
      curatedPerson({
        id: 'ilse-marrow-quent',
        name: 'Ilse Marrow-Quent',
        born: '1931-07-07',
        country: 'XG',
        roles: [{ title: 'Mayor of Testtown', org: 'Testtown', kind: 'local', start: '1960', end: '1970' }],
      }),
    );
    const merge = mergeUnderCurated(conversion.people, [curated], OUTPUT, AS_OF);
    expect(merge.duplicates.map((person) => person.wikidata)).toEqual(['Q99990101', 'Q99990102']);
    expect(merge.people.map((person) => person.id)).toEqual(['ilse-marrow-quent-wd']);
    expect(merge.invalid.map(({ person }) => person.wikidata)).toEqual(['Q99990106']);
    expect(merge.invalid[0]?.problems).toEqual(['roles[0].end: "2011-01-01" is before start "2012-01-01"']);
    expect(outputProblems(curated, merge.people)).toEqual([]);
  });

  it('drops, and reports, an import the validator cannot tell from a curated namesake', () => {
    const curated = curatedFile(curatedPerson({ id: 'tomas-brellik', name: 'Tomas Brellik', born: '1980-01-01' }));
    const merge = mergeUnderCurated(conversion.people, [curated], OUTPUT, AS_OF);
    const refused = merge.invalid.find(({ person }) => person.wikidata === 'Q99990102');
    expect(refused?.person.id).toBe('tomas-brellik-wd');
    expect(refused?.problems.join('\n')).toContain('nothing tells them apart');
    expect(merge.people.map((person) => person.wikidata)).toEqual(['Q99990103', 'Q99990101']);
    expect(outputProblems(curated, merge.people)).toEqual([]);
  });

  it('tells two imports of one name apart by their Wikidata ids', () => {
    const [mirela] = conversion.people as [ImportedPerson];
    const namesake: ImportedPerson = { ...mirela, wikidata: 'Q99990199', born: '1975-01-01', country: 'XG' };
    const merge = mergeUnderCurated([namesake, mirela], [curatedFile()], OUTPUT, AS_OF);
    expect(merge.people.map((person) => person.id)).toEqual(['mirela-vantosk', 'mirela-vantosk-q99990199']);
  });

  it('does not count the earlier version of its own output as curated', () => {
    const earlier: SourceFile = { path: OUTPUT.path, data: { region: OUTPUT.region, people: conversion.people } };
    const merge = mergeUnderCurated(conversion.people, [earlier], OUTPUT, AS_OF);
    expect(merge.duplicates).toEqual([]);
    expect(merge.people).toHaveLength(3);
  });
});

const run = (...args: string[]) => runCommand('dataset-wikidata-command.ts', ...args);

// Each case starts Node and reads the whole dataset: slower than a unit test.
describe('the dataset:wikidata command', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-wikidata-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const positionsFile = `${FIXTURES}/positions.json`;

  it('converts a recorded response into a file that validates with the dataset', () => {
    const out = join(dir, 'wikidata-fictland.json');
    const { code, out: stdout } = run(
      '--positions',
      positionsFile,
      '--out',
      out,
      '--response',
      `${FIXTURES}/response.json`,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/read: +7 people/);
    expect(stdout).toMatch(/converted: +4 \(skipped/);
    expect(stdout).toMatch(/duplicates: +0 dropped/);
    expect(stdout).toMatch(/invalid: +1 dropped\n {2}Q99990106 "oskar-pell": roles\[0\]\.end/);
    expect(stdout).toMatch(/written: +3 to /);
    const written = JSON.parse(readFileSync(out, 'utf8')) as PeopleFileSource;
    expect(written.region).toBe('Wikidata import: fictland');
    expect(written.people.map((person) => person.id)).toEqual(['ilse-marrow-quent', 'mirela-vantosk', 'tomas-brellik']);
    const { manifest, files } = readDatasetSources(PROJECT_ROOT);
    const path = relative(PROJECT_ROOT, out);
    const problems = validateDataset([...files, { path, data: written }], manifest.asOf);
    expect(problems.filter((problem) => problem.file === path)).toEqual([]);
  });

  it.each([
    [['--positions', positionsFile], 'usage:'],
    [['--positions', 'missing.json', '--out', 'x.json'], 'cannot read the positions file missing.json'],
    [['--positions', positionsFile, '--out', 'x.json', '--response', positionsFile], 'not a SPARQL JSON response'],
    // A closed local port stands in for being offline, so the test never reaches the real service.
    [['--positions', positionsFile, '--out', 'x.json', '--endpoint', 'http://127.0.0.1:9/sparql'], 'cannot reach'],
  ])('%j fails with one clear line', (args, message) => {
    const { code, out, err } = run(...args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(message);
  });
});
