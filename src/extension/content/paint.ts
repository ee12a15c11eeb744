/**
 * paint: mentions -> DOM Ranges -> CSS Custom Highlights. The page's DOM and text are never
 * touched: highlights are registered with the browser, and removing them leaves no trace.
 */
import type { Report } from '../../core/report';
import { locate, type TextSnapshot } from '../../page/collect';

/** Highlight names, styled by the content script's stylesheet with ::highlight(). */
export const HIGHLIGHTS = { known: 'dramatis-person', unknown: 'dramatis-unknown' } as const;

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

/** Registers highlights for every mention; returns how many ranges were painted. */
export function paint(host: HighlightHost, snapshot: TextSnapshot, report: Report): number {
  if (!canHighlight(host) || !host.Highlight || !host.CSS?.highlights) return 0;
  const known: Range[] = [];
  const unknown: Range[] = [];
  for (const person of report.people) {
    for (const mention of person.mentions) {
      const range = rangeOf(snapshot, host.document, mention.start, mention.end);
      if (range) (person.entityId ? known : unknown).push(range);
    }
  }
  host.CSS.highlights.set(HIGHLIGHTS.known, new host.Highlight(...known));
  host.CSS.highlights.set(HIGHLIGHTS.unknown, new host.Highlight(...unknown));
  return known.length + unknown.length;
}

/** Removes every highlight this extension registered. */
export function unpaint(host: HighlightHost): void {
  for (const name of Object.values(HIGHLIGHTS)) host.CSS?.highlights?.delete(name);
}
