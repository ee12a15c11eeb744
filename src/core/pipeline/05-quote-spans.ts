/**
 * 05 quote spans: where the quotations are.
 * “ ” „ “ « » ‹ › ‘ ’ and straight quotes; a quote inside a quote belongs to the outer one
 * (“... the word ‘officer’ ...”); a quote that runs over paragraphs reopens each paragraph and
 * closes once at the end; a missing closing mark ends the quote at the end of its paragraph.
 * Apostrophes (don’t, the ’90s, Putin’s, o’clock) are not quotes.
 */
import type { PageText } from '../report';

export interface QuoteSpan {
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (the closing one is null when missing). */
  open: number;
  close: number | null;
  /** Index of the first and last block the quote covers. */
  firstBlock: number;
  lastBlock: number;
}

type Kind = 'double' | 'low' | 'guillemet' | 'angle' | 'single' | 'straight' | 'straight-single';

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

/** What a character can be at position i: an opening mark, a closing mark, or nothing. */
function classify(text: string, i: number, open: Kind | null): { opens?: Kind; closes?: Kind[] } | null {
  const char = text.charAt(i);
  const before = text.charAt(i - 1);
  const after = text.charAt(i + 1);
  switch (char) {
    case '“':
      return open === 'low' ? { closes: ['low'] } : { opens: 'double' };
    case '”':
      return { closes: ['double', 'low'] };
    case '„':
      return { opens: 'low' };
    case '«':
      return { opens: 'guillemet' };
    case '»':
      return { closes: ['guillemet'] };
    case '‹':
      return { opens: 'angle' };
    case '›':
      return { closes: ['angle'] };
    case '‘':
      return isLetter(before) ? null : { opens: 'single' };
    case '’':
      // don’t, Putin’s, o’clock, the ’90s: apostrophes
      if (isLetter(before) && isLetter(after)) return null;
      if (!isLetter(before) && /\d/.test(after)) return null;
      return open === 'single' || open === 'straight-single' ? { closes: ['single', 'straight-single'] } : null;
    case '"':
      if (open === 'straight') return { closes: ['straight'] };
      return isLetter(after) || /[\s\p{P}]/u.test(after) ? { opens: 'straight' } : null;
    case "'":
      if (isLetter(before) && isLetter(after)) return null;
      if (open === 'straight-single' && !isLetter(after)) return { closes: ['straight-single'] };
      return !isLetter(before) && isLetter(after) && !/\d/.test(after) ? { opens: 'straight-single' } : null;
    default:
      return null;
  }
}

const MARKS = /[“”„«»‹›‘’"']/g;

function leadingMarkAt(page: PageText, block: { start: number; end: number }): number {
  return (
    block.start + (/^\s*/.exec(page.text.slice(block.start, Math.min(block.end, block.start + 50)))?.[0].length ?? 0)
  );
}

/** Finds the top-level quotations of the page in reading order. */
export function findQuoteSpans(page: PageText): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: { kind: Kind; open: number; start: number; firstBlock: number } | null = null;
  page.blocks.forEach((block, blockIndex) => {
    let current = carried;
    carried = null;
    let from = block.start;
    if (current) {
      // A quote left open goes on only when this paragraph reopens with the same kind of mark.
      const at = leadingMarkAt(page, block);
      if (classify(page.text, at, null)?.opens === current.kind) from = at + 1;
      else current = null;
    }
    const nested: Kind[] = [];
    // Only this block's text is searched: a search over the whole page from here would run to the
    // next mark however far away, and a page of paragraphs without quotes would take quadratic time.
    for (const match of page.text.slice(from, block.end).matchAll(MARKS)) {
      const i = from + match.index;
      const inner = nested[nested.length - 1] ?? null;
      const mark = classify(page.text, i, inner ?? current?.kind ?? null);
      if (!mark) continue;
      if (mark.closes && inner && mark.closes.includes(inner)) {
        nested.pop();
      } else if (mark.closes && current && mark.closes.includes(current.kind)) {
        spans.push({
          start: current.start,
          end: i,
          open: current.open,
          close: i,
          firstBlock: current.firstBlock,
          lastBlock: blockIndex,
        });
        current = null;
      } else if (mark.opens && current) {
        nested.push(mark.opens);
      } else if (mark.opens) {
        current = { kind: mark.opens, open: i, start: i + 1, firstBlock: blockIndex };
      }
    }
    if (!current) return;
    const next = page.blocks[blockIndex + 1];
    if (next && classify(page.text, leadingMarkAt(page, next), null)?.opens === current.kind) carried = current;
    else
      spans.push({
        start: current.start,
        end: block.end,
        open: current.open,
        close: null,
        firstBlock: current.firstBlock,
        lastBlock: blockIndex,
      });
  });
  return spans.filter((span) => page.text.slice(span.start, span.end).trim().length > 0);
}
