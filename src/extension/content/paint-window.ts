/**
 * The painter: paints a report, and on very long pages only the part around the viewport. The
 * browser re-validates every registered range whenever a highlight changes, so 40,000 ranges
 * freeze the page for about a second at each paint. Beyond MAX_PAINTED spans, a window of them
 * centred on the viewport is painted, and it follows the reader: a scroll only schedules a check
 * for the next frame, and the window moves when less than half a screen of it is left.
 */
import type { Report } from '../../core/report';
import type { TextSnapshot } from '../../page/collect';
import type { Settings } from '../settings';
import {
  paintSpans,
  personHighlight,
  rangeOf,
  spansToPaint,
  unpaint,
  type HighlightHost,
  type PaintSpan,
} from './paint';

/** The most ranges registered at once. @default 2000 */
export const MAX_PAINTED = 2_000;

export interface Painter {
  /** Paints the report (or the window of it around the viewport); returns how many ranges. */
  show(snapshot: TextSnapshot, report: Report, settings: Settings): number;
  /** Removes our highlights and stops following the viewport. */
  clear(): void;
}

type PainterWindow = HighlightHost & Pick<Window, 'innerHeight' | 'requestAnimationFrame'>;

/** Creates the painter of one content script; its scroll listener hangs on `signal`. */
export function createPainter(win: PainterWindow, signal: AbortSignal, max = MAX_PAINTED): Painter {
  let shown: { snapshot: TextSnapshot; spans: PaintSpan[]; people: string; from: number; to: number } | null = null;
  let scheduled = false;

  /** Top and bottom of a span on screen, or null when it no longer maps. */
  const box = (span: PaintSpan | undefined): { top: number; bottom: number } | null => {
    if (!span || !shown) return null;
    return rangeOf(shown.snapshot, win.document, span.start, span.end)?.getBoundingClientRect() ?? null;
  };

  /** The first span that ends below the top of the viewport (spans are in reading order). */
  const firstOnScreen = (spans: PaintSpan[]): number => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((box(spans[mid])?.bottom ?? -Infinity) < 0) low = mid + 1;
      else high = mid - 1;
    }
    return low;
  };

  /** Where the window around the viewport starts. */
  const windowStart = (spans: PaintSpan[]): number =>
    Math.max(0, Math.min(firstOnScreen(spans) - (max >> 1), spans.length - max));

  const paintWindow = (from: number): number => {
    if (!shown) return 0;
    shown.from = from;
    shown.to = Math.min(shown.spans.length, from + max);
    return paintSpans(win, shown.snapshot, shown.spans.slice(from, shown.to), shown.people);
  };

  /** Moves the window when the reader is within half a screen of either of its ends. */
  const follow = (): void => {
    scheduled = false;
    if (!shown || signal.aborted) return;
    const margin = win.innerHeight / 2;
    const top = shown.from === 0 ? -Infinity : (box(shown.spans[shown.from])?.top ?? Infinity);
    const bottom = shown.to === shown.spans.length ? Infinity : (box(shown.spans[shown.to - 1])?.bottom ?? -Infinity);
    if (top <= -margin && bottom >= win.innerHeight + margin) return;
    // A window too dense to cover the screen moves only when its start would change.
    const from = windowStart(shown.spans);
    if (from !== shown.from) paintWindow(from);
  };

  const onScroll = (): void => {
    if (!shown || shown.spans.length <= max || scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(follow);
  };
  // Captured on the document, so scrolling inside any element counts too.
  win.document.addEventListener('scroll', onScroll, { signal, passive: true, capture: true });

  return {
    show: (snapshot, report, settings) => {
      const spans = spansToPaint(report, settings);
      shown = { snapshot, spans, people: personHighlight(settings), from: 0, to: spans.length };
      return spans.length <= max ? paintSpans(win, snapshot, spans, shown.people) : paintWindow(windowStart(spans));
    },
    clear: () => {
      shown = null;
      unpaint(win);
    },
  };
}
