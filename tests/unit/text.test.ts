import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldFully } from '../../src/core/text/fold';
import { nameKey } from '../../src/core/text/name-key';
import { tokenize } from '../../src/core/text/tokenize';
import { pageOf } from './analyze-helpers';

describe('fold', () => {
  it.each([
    ['Zelenskyy', 'zelenskyy'],
    ['Šefčovič', 'sefcovic'],
    ['Putin’s', "putin's"],
    ['Jean-Luc  Mélenchon', 'jean luc melenchon'],
    ['Соловьёв', 'соловьев'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
  ])('%s -> %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('gives the same answer with its shortcut for plain words as without', () => {
    const unit = fc.constantFrom('a', 'Z', 'q', '0', "'", ' ', '  ', '.', ',', '-', '`', '\u00AD', 'é', 'Ё', '\t', '’');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        expect(fold(text)).toBe(foldFully(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('transliteration keys bring romanisations together', () => {
  it.each([
    ['Prighozin', 'Prigozhin'],
    ['Shoygu', 'Shoigu'],
    ['Zelenskyy', 'Selenskyj'],
    ['Zelensky', 'Зеленський'],
    ['Smirnoff', 'Smirnov'],
    ['Solovyov', 'Соловьёв'],
    ['Yevgeny', 'Evgeny'],
    ['Kharkiv', 'Харків'],
  ])('%s ~ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Putin', 'Peskov'],
    ['Shoigu', 'Shmyhal'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('tokenize', () => {
  it('strips possessives, marks sentence starts and keeps abbreviations inside sentences', () => {
    const tokens = tokenize(pageOf('Mr. Peskov’s office said so. Then Gen. Gerasimov spoke.'));
    const view = tokens.map((t) => `${t.text}${t.possessive ? '(pos)' : ''}${t.sentenceStart ? '^' : ''}`);
    expect(view).toEqual(['Mr^', 'Peskov(pos)', 'office', 'said', 'so', 'Then^', 'Gen', 'Gerasimov', 'spoke']);
  });

  it('treats each block as a new sentence and keeps offsets exact', () => {
    const page = pageOf('the end', 'Kyiv woke up');
    const tokens = tokenize(page);
    const kyiv = tokens.find((t) => t.text === 'Kyiv');
    expect(kyiv?.sentenceStart).toBe(true);
    expect(kyiv && page.text.slice(kyiv.start, kyiv.end)).toBe('Kyiv');
  });
});
