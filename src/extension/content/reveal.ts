/**
 * Reveal: scroll the page to a person's mention (or a quotation) and flash it, stepping through
 * mentions with next / previous. Scrolling moves the viewport only; the flash is a highlight.
 */
import type { Report } from '../../core/report';
import type { TextSnapshot } from '../../page/collect';
import type { RevealRequest, RevealResult } from '../protocol';
import { canHighlight, FLASH_HIGHLIGHT, rangeOf, type HighlightHost } from './paint';

const FLASH_MS = 1400;

export interface Revealer {
  reveal(request: RevealRequest): RevealResult;
}

/** Creates a revealer over one analysed page; it remembers the position per target. */
export function createRevealer(
  host: HighlightHost & { setTimeout: Window['setTimeout'] },
  snapshot: TextSnapshot,
  report: Report,
): Revealer {
  const positions = new Map<string, number>();
  let flashTimer = 0;

  const spansOf = (target: string): { start: number; end: number }[] => {
    if (target.startsWith('quote:')) {
      const quote = report.quotes[Number(target.slice(6))];
      return quote ? [quote] : [];
    }
    return report.people.find((p) => p.key === target)?.mentions ?? [];
  };

  return {
    reveal: ({ target, step }) => {
      const spans = spansOf(target);
      if (spans.length === 0) throw new Error('nothing to reveal');
      const last = positions.get(target);
      const index =
        step === 'first' || last === undefined ? 0 : (last + (step === 'next' ? 1 : spans.length - 1)) % spans.length;
      positions.set(target, index);
      const span = spans[index] as { start: number; end: number };
      const range = rangeOf(snapshot, host.document, span.start, span.end);
      if (!range) throw new Error('that part of the page has changed');
      const reduce = host.document.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      if (canHighlight(host) && host.Highlight && host.CSS?.highlights) {
        host.CSS.highlights.set(FLASH_HIGHLIGHT, new host.Highlight(range));
        host.document.defaultView?.clearTimeout(flashTimer);
        flashTimer = host.setTimeout(() => host.CSS?.highlights?.delete(FLASH_HIGHLIGHT), FLASH_MS);
      }
      return { index, count: spans.length };
    },
  };
}
