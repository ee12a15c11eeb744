import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/text/fold';
import { tokenize } from '../../src/core/text/tokenize';
import { testIndex } from '../fixtures/test-dataset';
import { analyzeText, pageOf } from './analyze-helpers';

const index = testIndex();

describe('names written with characters that show nothing', () => {
  it.each([
    ['a zero-width space', 'Vla\u200Bdimir Putin'],
    ['soft hyphens', 'Ser\u00ADgei Sho\u00ADigu'],
    ['a zero-width joiner and non-joiner', 'Vladimir\u200C Pu\u200Dtin'],
    ['a word joiner', 'Ser\u2060gei Shoigu'],
    ['combining marks', 'Sergei\u0308 Shoigu\u0327'],
  ])('%s: the name is found, and its mention is exactly what the page wrote', (_what, name) => {
    const paragraph = `On Monday ${name} spoke in Moscow.`;
    const report = analyzeText(index, [paragraph]);
    const mention = report.people[0]?.mentions[0];
    expect(report.people.map((p) => p.entityId)).toEqual([expect.stringMatching(/putin|shoigu/) as string]);
    expect(mention?.text).toBe(name);
    expect(paragraph.slice(mention?.start, mention?.end)).toBe(name);
  });

  it('keeps the invisible characters inside the word, and its offsets', () => {
    const page = pageOf('Vla\u200Bdimir Pu\u00ADtin\u200B.');
    const tokens = tokenize(page);
    expect(tokens.map((t) => [t.text, t.folded, t.start, t.end])).toEqual([
      ['Vla\u200Bdimir', 'vladimir', 0, 9],
      ['Pu\u00ADtin', 'putin', 10, 16],
    ]);
  });

  it('folds them away', () => {
    expect(fold('\uFEFFSer\u00ADgei\u200B')).toBe('sergei');
  });
});
