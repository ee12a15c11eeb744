/**
 * paint: mentions -> DOM Ranges -> CSS Custom Highlights. The page's DOM and text are never
 * touched: highlights are registered with the browser, and removing them leaves no trace.
 * Each style and colour is its own highlight name, styled by the content script's stylesheet.
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
  Highlight?: new (...ranges: Range[]) => unknown;
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

/** Registers highlights for the report as the settings ask; returns how many ranges were painted. */
export function paint(host: HighlightHost, snapshot: TextSnapshot, report: Report, settings: Settings): number {
  unpaint(host);
  if (!canHighlight(host) || !host.Highlight || !host.CSS?.highlights) return 0;
  const known: Range[] = [];
  const unknown: Range[] = [];
  for (const person of report.people) {
    if (!person.entityId && !settings.showUnknown) continue;
    for (const mention of person.mentions) {
      const range = rangeOf(snapshot, host.document, mention.start, mention.end);
      if (range) (person.entityId ? known : unknown).push(range);
    }
  }
  const quotes = settings.showQuotes
    ? report.quotes.flatMap((q) => rangeOf(snapshot, host.document, q.start, q.end) ?? [])
    : [];
  const { Highlight } = host;
  const { highlights } = host.CSS;
  highlights.set(personHighlight(settings), new Highlight(...known));
  if (unknown.length > 0) highlights.set(UNKNOWN_HIGHLIGHT, new Highlight(...unknown));
  if (quotes.length > 0) highlights.set(QUOTE_HIGHLIGHT, new Highlight(...quotes));
  return known.length + unknown.length + quotes.length;
}

/** Removes every highlight this extension registered (the flash stays until its timer ends). */
export function unpaint(host: HighlightHost): void {
  const highlights = host.CSS?.highlights;
  if (!highlights) return;
  for (const name of [...highlights.keys()]) {
    if (name.startsWith(HIGHLIGHT_PREFIX) && name !== FLASH_HIGHLIGHT) highlights.delete(name);
  }
}
