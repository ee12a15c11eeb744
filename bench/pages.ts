/**
 * The pages the core benchmark reads: the seed article, then every .html page of the folders given
 * on the command line (default: ../shared/pages and ../shared/pages/real, when they exist). Each
 * page is parsed with linkedom and collected once with the project's collect(); timing starts after.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { PROJECT_ROOT } from '../src/cli/load-dataset';
import type { PageMeta, PageText } from '../src/core/report';
import { collect } from '../src/page/collect';
import { readPageMeta } from '../src/page/page-meta';

export interface BenchPage {
  name: string;
  path: string;
  html: string;
  page: PageText;
  meta: PageMeta;
  /** Set when the page needed help to be read, e.g. linkedom left its body empty. */
  note: string | null;
}

const SHARED_PAGES = resolve(PROJECT_ROOT, '../shared/pages');

/** The seed article: the shared one, else the project's own fixture. */
export function seedPath(): string {
  const shared = join(SHARED_PAGES, 'seed-article.html');
  return existsSync(shared) ? shared : join(PROJECT_ROOT, 'tests/fixtures/pages/war-report.html');
}

/** The .html files of the folders (or single files) given, else of the default folders. */
export function pagePaths(args: readonly string[]): string[] {
  const folders = args.length > 0 ? args : [SHARED_PAGES, join(SHARED_PAGES, 'real')].filter((dir) => existsSync(dir));
  const seed = seedPath();
  const found = folders.flatMap((folder) => {
    const path = resolve(folder);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((name) => join(path, name));
  });
  return [seed, ...new Set(found.filter((path) => path !== seed))];
}

/** Parses and collects one page, as the CLI does (body, else the whole document). */
export function loadPage(path: string): BenchPage {
  const html = readFileSync(path, 'utf8');
  const { document } = parseHTML(html);
  let snapshot = collect(document.body ?? document.documentElement);
  let note: string | null = null;
  if (snapshot.text.trim().length === 0 && document.body) {
    // linkedom may leave <body> empty when markup precedes it (yahoo-3); a browser would not.
    snapshot = collect(document.documentElement);
    note = 'linkedom left <body> empty; collected from <html>';
  }
  return {
    name: basename(path),
    path,
    html,
    page: { text: snapshot.text, blocks: snapshot.blocks },
    meta: readPageMeta(document, basename(path)),
    note,
  };
}
