import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/core/pipeline/05-quote-spans';
import type { PageText } from '../../src/core/report';

const MARKS = ['“', '”', '„', '«', '»', '‹', '›', '‘', '’', '"', "'"];
/** Text made mostly of quote marks, letters, digits, spaces and punctuation. */
const paragraph = fc
  .array(fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom('a', 'B', 'ё', '7', ' ', ' ', '.', ',', '-', '\u00A0')), {
    maxLength: 40,
  })
  .map((chars) => chars.join(''));

/** Paragraphs laid out as collect lays them out: blocks separated by newlines. */
function layout(paragraphs: string[]): PageText {
  let text = '';
  const blocks: PageText['blocks'] = [];
  for (const p of paragraphs) {
    blocks.push({ start: text.length, end: text.length + p.length });
    text += `${p}\n`;
  }
  return { text, blocks };
}

const page = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map(layout);

const firstVisible = (text: string, block: { start: number; end: number }): string =>
  text.slice(block.start, block.end).trimStart().charAt(0);

describe('quote pairing, for any arrangement of marks', () => {
  it('returns spans in reading order that never overlap, each inside its blocks', () => {
    fc.assert(
      fc.property(page, (p) => {
        const spans = findQuoteSpans(p);
        spans.forEach((span, i) => {
          expect(MARKS).toContain(p.text.charAt(span.open));
          expect(span.start).toBe(span.open + 1);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          if (span.close !== null) expect(span.close).toBe(span.end);
          expect(p.text.slice(span.start, span.end).trim()).not.toBe('');
          expect(span.firstBlock).toBeLessThanOrEqual(span.lastBlock);
          expect(span.open).toBeGreaterThanOrEqual(p.blocks[span.firstBlock]?.start ?? NaN);
          expect(span.end).toBeLessThanOrEqual(p.blocks[span.lastBlock]?.end ?? NaN);
          const next = spans[i + 1];
          if (next) expect(next.open).toBeGreaterThanOrEqual((span.close ?? span.end) + (span.close === null ? 0 : 1));
        });
      }),
      { numRuns: 2_000 },
    );
  });

  it('runs over a paragraph break only when the next paragraph reopens with the same mark', () => {
    fc.assert(
      fc.property(page, (p) => {
        for (const span of findQuoteSpans(p)) {
          for (let block = span.firstBlock + 1; block <= span.lastBlock; block++) {
            expect(firstVisible(p.text, p.blocks[block] as { start: number; end: number })).toBe(
              p.text.charAt(span.open),
            );
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads ten thousand unbalanced marks, and 20,000 paragraphs without any, in linear time', () => {
    const marks = Array.from({ length: 10_000 }, (_, i) => MARKS[i % MARKS.length]).join(' ');
    const plain = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${String(i)} has no quotation at all.`);
    for (const paragraphs of [[marks], plain]) {
      const { text, blocks } = layout(paragraphs);
      const started = performance.now();
      findQuoteSpans({ text, blocks });
      // Generous: the quadratic search this guards against took 13 s on 20,000 paragraphs.
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
