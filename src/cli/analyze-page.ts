/**
 * Runs the extension's pipeline on an HTML string in Node, with linkedom as the DOM.
 */
import { parseHTML } from 'linkedom';
import { analyze } from '../core/analyze';
import type { EntityIndex } from '../core/dataset/entity-index';
import type { Report } from '../core/report';
import { collect } from '../page/collect';
import { readPageMeta } from '../page/page-meta';

/** Input that does not look like an HTML page. */
export class NotHtmlError extends Error {}

const HTML_SIGNS = /<(?:!doctype\s+html|html|head|body|p|div|article|main|section|span|h[1-6])[\s>]/i;

/** Parses and analyses one page; `publishedAt` overrides the page's own date. */
export function analyzeHtml(
  html: string,
  source: string,
  index: EntityIndex,
  options: { publishedAt?: string; today: string },
): Report {
  if (!HTML_SIGNS.test(html.slice(0, 100_000))) throw new NotHtmlError(`${source} does not look like an HTML page`);
  const { document } = parseHTML(html);
  const meta = readPageMeta(document, source);
  if (options.publishedAt) meta.publishedAt = options.publishedAt;
  // Some saved pages parse with an empty <body> (their text sits outside it): read the whole page then.
  const body = document.body as HTMLElement | null;
  const root = body && body.textContent.trim() !== '' ? body : document.documentElement;
  const snapshot = collect(root);
  return analyze({ text: snapshot.text, blocks: snapshot.blocks }, meta, index, { today: options.today });
}
