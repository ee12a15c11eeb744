/**
 * paint: mentions -> DOM Ranges -> CSS Custom Highlights. The page's DOM and text are never
 * touched: highlights are registered with the browser, and removing them leaves no trace.
 * Each style and colour is its own highlight name, styled by the content script's stylesheet;
 * which spans are painted at once is paint-window.ts's choice.
 */
import type { Report } from '../../core/report';
import { locate, type TextSnapshot } from '../../page/collect';
import type { Settings } from '../settings';

export const HIGHLIGHT_PREFIX = 'dramatis-';
export const UNKNOWN_HIGHLIGHT = 'dramatis-unknown';
export const QUOTE_HIGHLIGHT = 'dramatis-quote';
export const FLASH_HIGHLIGHT = 'dramatis-flash';

/** The highlight name of people in the dataset for a style and colour: "dramatis-person-background-amber". */
export function personHighlight(settings: Pick<Settings, 'style' | 'colour'>): string {
  return `dramatis-person-${settings.style}-${settings.colour}`;
}

/** The parts of `window` painting needs; tests and old browsers may lack them. */
export interface HighlightHost {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => { add(range: Range): unknown };
  document: Document;
}

/** True when the browser has the CSS Custom Highlight API. */
export function canHighlight(host: HighlightHost): boolean {
  return host.CSS?.highlights !== undefined && host.Highlight !== undefined;
}

/** The DOM range of a text span of the snapshot, or null when it no longer maps. */
export function rangeOf(snapshot: TextSnapshot, doc: Document, start: number, end: number): Range | null {
  const from = locate(snapshot, start);
  const to = locate(snapshot, end, 'end');
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  if (from.offset > from.node.data.length || to.offset > to.node.data.length) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** One span of the text to paint, and the highlight it belongs to. */
export interface PaintSpan {
  start: number;
  end: number;
  highlight: string;
}

/** The spans the settings ask to paint, in text order. */
export function spansToPaint(report: Report, settings: Settings): PaintSpan[] {
  const spans: PaintSpan[] = [];
  const known = personHighlight(settings);
  for (const person of report.people) {
    if (!person.entityId && !settings.showUnknown) continue;
    const highlight = person.entityId ? known : UNKNOWN_HIGHLIGHT;
    for (const { start, end } of person.mentions) spans.push({ start, end, highlight });
  }
  if (settings.showQuotes)
    for (const { start, end } of report.quotes) spans.push({ start, end, highlight: QUOTE_HIGHLIGHT });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Registers `spans` (and nothing else of ours) as highlights; returns how many ranges were
 * painted. The people highlight is always registered, empty or not: it says the page is painted.
 */
export function paintSpans(host: HighlightHost, snapshot: TextSnapshot, spans: PaintSpan[], people: string): number {
  unpaint(host);
  if (!canHighlight(host) || !host.Highlight || !host.CSS?.highlights) return 0;
  // In this order, so quotes paint over people, as they always have.
  const ranges = new Map<string, Range[]>([
    [people, []],
    [UNKNOWN_HIGHLIGHT, []],
    [QUOTE_HIGHLIGHT, []],
  ]);
  let painted = 0;
  for (const span of spans) {
    const range = rangeOf(snapshot, host.document, span.start, span.end);
    const list = ranges.get(span.highlight);
    if (!range || !list) continue;
    list.push(range);
    painted++;
  }
  for (const [name, list] of ranges) {
    if (list.length === 0 && name !== people) continue;
    // Added one by one: spreading 100,000 ranges into the constructor overflows the stack.
    const highlight = new host.Highlight();
    for (const range of list) highlight.add(range);
    host.CSS.highlights.set(name, highlight);
  }
  return painted;
}

/** Removes every highlight this extension registered (the flash stays until its timer ends). */
export function unpaint(host: HighlightHost): void {
  const highlights = host.CSS?.highlights;
  if (!highlights) return;
  for (const name of [...highlights.keys()]) {
    if (name.startsWith(HIGHLIGHT_PREFIX) && name !== FLASH_HIGHLIGHT) highlights.delete(name);
  }
}
