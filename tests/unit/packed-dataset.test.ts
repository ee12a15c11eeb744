import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/cli/load-dataset';
import { analyze } from '../../src/core/analyze';
import { createEntityIndex } from '../../src/core/dataset/entity-index';
import { packDataset, parsePackedDataset } from '../../src/core/dataset/pack';

const { dataset, index: compiled } = loadDataset();
const text = JSON.stringify(packDataset(dataset));
const packed = createEntityIndex(parsePackedDataset(text));

/** nearKey as first written: keys grouped by their first three letters, similar length, no spaces. */
const byPrefix = new Map<string, string[]>();
for (const key of Object.keys(dataset.index.keys)) {
  if (key.includes(' ') || key.length < 4) continue;
  byPrefix.set(key.slice(0, 3), [...(byPrefix.get(key.slice(0, 3)) ?? []), key]);
}
function nearKeyReference(key: string): number[] {
  const found = new Set<number>();
  for (const other of byPrefix.get(key.slice(0, 3)) ?? []) {
    if (Math.abs(other.length - key.length) <= 2)
      for (const person of dataset.index.keys[other] ?? []) found.add(person);
  }
  return [...found].sort((a, b) => a - b);
}

describe('the packed dataset the extension ships', () => {
  it('answers every name, short form and key as the compiled dataset does', () => {
    for (const [kind, ask] of [
      ['names', 'byName'],
      ['short', 'byShort'],
      ['keys', 'byKey'],
    ] as const) {
      const keys = Object.keys(dataset.index[kind]);
      expect(keys.length).toBeGreaterThan(1000);
      for (const key of keys) expect(packed[ask](key), `${kind} "${key}"`).toEqual(compiled[ask](key));
    }
    for (const missing of ['', 'nobody at all', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(packed.byName(missing)).toEqual([]);
  });

  it('finds look-alike keys as the prefix grouping did', () => {
    const keys = Object.keys(dataset.index.keys).filter((_, i) => i % 7 === 0);
    for (const query of [...keys, 'prigozin', 'sheigu', 'ze', 'zel', 'zzzzzz']) {
      const expected = nearKeyReference(query);
      expect(
        [...packed.nearKey(query)].sort((a, b) => a - b),
        query,
      ).toEqual(expected);
      expect(
        [...compiled.nearKey(query)].sort((a, b) => a - b),
        query,
      ).toEqual(expected);
    }
  });

  it('parses each person when first asked for, to the same facts', () => {
    expect(packed.size).toBe(dataset.people.length);
    for (const at of [0, 1, Math.floor(packed.size / 2), packed.size - 1]) {
      expect(packed.person(at)).toEqual(dataset.people[at]);
      expect(packed.person(at)).toBe(packed.person(at));
    }
    expect(() => packed.person(packed.size)).toThrow(RangeError);
  });

  it('gives the same report as the compiled dataset', () => {
    const page = 'Defence Minister Sergei Shoigu met Prighozin. “We will see,” Shoygu said. Zelenskyy replied.';
    const meta = { source: 'https://example.test/', title: 'Test', publishedAt: '2022-10-06', language: 'en' };
    const options = { today: '2026-01-01' };
    const blocks = [{ start: 0, end: page.length }];
    expect(analyze({ text: page, blocks }, meta, packed, options)).toEqual(
      analyze({ text: page, blocks }, meta, compiled, options),
    );
  });

  it('refuses what is not a packed dataset, saying what is wrong', () => {
    expect(() => parsePackedDataset(JSON.stringify(dataset))).toThrow('expected format 2, found 1');
    expect(() => parsePackedDataset('null')).toThrow('expected format 2');
    expect(() => parsePackedDataset('{"format":2,"people":[],"index":{}}')).toThrow('index.names');
    expect(() => parsePackedDataset('{')).toThrow(SyntaxError);
  });
});
