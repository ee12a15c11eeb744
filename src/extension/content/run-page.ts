/**
 * The content script's one job for now: collect the page, ask the background for the report,
 * paint the people. Errors never reach the page's console as uncaught exceptions: a page that
 * cannot be read is simply left alone.
 */
import type { Report } from '../../core/report';
import { collect } from '../../page/collect';
import { readPageMeta } from '../../page/page-meta';
import { request } from '../reply';
import { paint, type HighlightHost } from './paint';

export interface RunDeps {
  host: HighlightHost & { location: { href: string } };
  send: (message: unknown) => Promise<unknown>;
  isHidden: (element: Element) => boolean;
}

/** Analyses and paints the page once; resolves with the report, or null when there is nothing to do. */
export async function runPage(deps: RunDeps): Promise<Report | null> {
  const { document } = deps.host;
  if (!document.body) return null;
  const snapshot = collect(document.body, { isHidden: deps.isHidden });
  if (snapshot.text.trim().length === 0) return null;
  const meta = readPageMeta(document, deps.host.location.href);
  const report = await request(deps.send, 'analyze', { page: { text: snapshot.text, blocks: snapshot.blocks }, meta });
  paint(deps.host, snapshot, report);
  return report;
}

/** Hidden in the rendered page: no box, or invisible. `display: contents` boxes are not hidden. */
export function hiddenInLayout(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof (element as HTMLElement).checkVisibility !== 'function') return false;
  if ((element as HTMLElement).checkVisibility({ visibilityProperty: true })) return false;
  return view.getComputedStyle(element).display !== 'contents';
}
