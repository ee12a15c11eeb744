import { describe, expect, it } from 'vitest';
import { compileDataset, InvalidDatasetError } from '../../src/core/dataset/compile';
import type { PersonSource } from '../../src/core/dataset/schema';
import { dateSpan, isoDay } from '../../src/core/dataset/partial-date';
import { formatProblem, validateDataset } from '../../src/core/dataset/validate-dataset';
import { currentRole, roleAt } from '../../src/core/roles/role-at-date';
import { readDatasetSources } from '../../src/cli/dataset-files';
import { PROJECT_ROOT } from '../../src/cli/load-dataset';
import { TEST_AS_OF, TEST_PEOPLE, testIndex } from '../fixtures/test-dataset';

const base: PersonSource = {
  id: 'test-person',
  name: 'Test Person',
  description: 'A person invented for a validator test.',
  country: 'XT',
  roles: [{ title: 'Mayor of Testtown', org: 'Testtown', kind: 'local', start: '2019-01-01' }],
};

function problemsOf(...people: unknown[]): string[] {
  return validateDataset([{ path: 'assets/people/test.json', data: { region: 'Test', people } }], TEST_AS_OF).map(
    formatProblem,
  );
}

describe('the validator names file, entry and field', () => {
  it('accepts a valid entry', () => {
    expect(problemsOf(base)).toEqual([]);
  });

  it.each([
    [{ ...base, description: undefined }, 'people[0] "test-person": description: is missing'],
    [{ ...base, id: 'Test Person' }, 'people[0] "Test Person": id: is missing or not kebab-case'],
    [{ ...base, country: 'Testland' }, 'country: is missing or not an ISO 3166-1 alpha-2 code'],
    [{ ...base, roles: [] }, 'roles: is missing: every person needs at least one dated role'],
    [{ ...base, roles: [{ ...base.roles[0], start: undefined }] }, 'roles[0].start: is missing'],
    [{ ...base, roles: [{ ...base.roles[0], end: '2018' }] }, 'roles[0].end: "2018" is before start "2019-01-01"'],
    [
      { ...base, roles: [{ ...base.roles[0], start: '2026-02' }] },
      `roles[0].start: "2026-02" is after the dataset's as-of date`,
    ],
    [{ ...base, roles: [{ ...base.roles[0], kind: 'boss' }] }, 'roles[0].kind: must be one of'],
    [{ ...base, born: '1970-02-30' }, 'born: "1970-02-30" is not a date'],
    [{ ...base, died: '2020' }, 'roles[0].end: is missing although the person has died'],
    [{ ...base, nickname: 'x' }, 'nickname: is not a known field'],
    [{ ...base, wikidata: '7747' }, 'wikidata: is not a Wikidata id'],
  ])('%#: %s', (entry, expected) => {
    expect(problemsOf(entry).join('\n')).toContain(expected);
    expect(problemsOf(entry)[0]).toMatch(/^assets\/people\/test\.json: people\[0\]/);
  });

  it('rejects duplicate ids and the same person twice', () => {
    expect(problemsOf(base, { ...base, name: 'Other Name' }).join('\n')).toContain(
      'people[1] "test-person": id: duplicates the id of',
    );
    const twice = problemsOf({ ...base, born: '1970' }, { ...base, id: 'test-person-2', born: '1970' });
    expect(twice.join('\n')).toContain('the same person twice?');
  });

  it('rejects namesakes nothing tells apart, and accepts them with distinct context', () => {
    const other = { ...base, id: 'test-person-2', roles: [{ ...base.roles[0], title: 'Judge' }] };
    expect(problemsOf(base, other).join('\n')).toContain('nothing tells them apart');
    expect(problemsOf({ ...base, context: ['city hall'] }, { ...other, context: ['court'] })).toEqual([]);
    expect(problemsOf(base, { ...other, country: 'XU' })).toEqual([]);
  });

  it('refuses to compile an invalid dataset, listing the problems', () => {
    expect(() =>
      compileDataset([{ path: 'a.json', data: { region: 'A', people: [{ ...base, country: 'x' }] } }], TEST_AS_OF),
    ).toThrow(InvalidDatasetError);
  });

  it('the bundled dataset is valid', () => {
    const { manifest, files } = readDatasetSources(PROJECT_ROOT);
    expect(validateDataset(files, manifest.asOf).map(formatProblem)).toEqual([]);
  });
});

describe('role at date', () => {
  const index = testIndex();
  const person = (id: string) => {
    const at = TEST_PEOPLE.map((_, i) => index.person(i)).findIndex((p) => p.id === id);
    return index.person(at);
  };

  it.each([
    ['sergei-shoigu', '2022-10-06', 'Minister of Defence of Russia'],
    ['sergei-shoigu', '2024-05-12', 'Secretary of the Security Council of Russia'],
    ['vladimir-putin', '2010-01-01', 'Prime Minister of Russia'],
    ['vladimir-putin', '2026-11-24', 'President of Russia'],
    ['yevgeny-prigozhin', '2024-01-01', null],
    ['kim-jong-un', '2011-12-01', 'Supreme Leader of North Korea'],
    ['kim-jong-un', '2011-11-30', null],
  ])('%s on %s: %s', (id, date, title) => {
    expect(roleAt(person(id), date, TEST_AS_OF)?.title ?? null).toBe(title);
  });

  it('gives no current role to the dead or to roles that ended', () => {
    expect(currentRole(person('yevgeny-prigozhin'), TEST_AS_OF)).toBeNull();
    expect(currentRole(person('theresa-may'), TEST_AS_OF)).toBeNull();
    expect(currentRole(person('sergei-shoigu'), TEST_AS_OF)?.title).toBe('Secretary of the Security Council of Russia');
  });

  it('prefers known dates over a role that ended at an unknown date', () => {
    const source: PersonSource = {
      ...base,
      roles: [
        { title: 'Deputy minister', org: 'Testland', kind: 'minister', start: '2018-07', ended: true },
        { title: 'Committee chair', org: 'Testland', kind: 'legislator', start: '2021-10' },
      ],
    };
    const one = testIndex([source]).person(0);
    expect(roleAt(one, '2019-01-01', TEST_AS_OF)?.title).toBe('Deputy minister');
    expect(roleAt(one, '2022-10-06', TEST_AS_OF)?.title).toBe('Committee chair');
    expect(currentRole(one, TEST_AS_OF)?.title).toBe('Committee chair');
  });
});

describe('partial dates', () => {
  it.each([
    ['2024-02-29', { first: '2024-02-29', last: '2024-02-29' }],
    ['2000-02-29', { first: '2000-02-29', last: '2000-02-29' }],
    ['2024-02', { first: '2024-02-01', last: '2024-02-29' }],
    ['2023-02', { first: '2023-02-01', last: '2023-02-28' }],
    ['1900-02', { first: '1900-02-01', last: '1900-02-28' }],
    ['2021-04', { first: '2021-04-01', last: '2021-04-30' }],
    ['2021-12', { first: '2021-12-01', last: '2021-12-31' }],
    ['1991', { first: '1991-01-01', last: '1991-12-31' }],
  ])('%s spans its days', (value, span) => {
    expect(dateSpan(value)).toEqual(span);
  });

  it.each(['2023-02-29', '1900-02-29', '2021-04-31', '2021-06-31', '2021-13', '2021-00', '2021-01-00', '21-01-01'])(
    'refuses %s',
    (value) => {
      expect(dateSpan(value)).toBeNull();
    },
  );

  it('reads the day of a timestamp', () => {
    expect(isoDay('2022-10-06T09:30:00+03:00')).toBe('2022-10-06');
    expect(isoDay(' 2022-10-06 ')).toBe('2022-10-06');
    expect(isoDay('6 October 2022 12:00 UTC')).toBe('2022-10-06');
    expect(isoDay('2022-02-30T00:00:00Z')).toBeNull();
    expect(isoDay('not a date')).toBeNull();
  });
});
