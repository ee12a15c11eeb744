/**
 * `npm run bench [-- <folder or page>...] [--json] [--out file.json] [--no-browser]`
 * Runs every benchmark and prints a table, or with --json the same figures as JSON on stdout.
 * Folders default to ../shared/pages and ../shared/pages/real. Progress goes to stderr.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadDataset, PROJECT_ROOT } from '../src/cli/load-dataset';
import { EXTENSION_DIR } from '../tests/browser/harness';
import { benchBrowser } from './browser';
import { bundleSizes } from './bundle';
import { benchCorePage } from './core';
import { benchLookup } from './lookup';
import { machine, progress, round } from './measure';
import { loadPage, pagePaths } from './pages';
import { formatTable, judge, type BenchResult } from './report';
import { analyzeScaling, datasetLoad } from './stages';

const args = process.argv.slice(2);
const json = args.includes('--json');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const folders = args.filter((arg, i) => !arg.startsWith('--') && i !== outAt + 1);

// `npm run bench` builds first; run directly, build only when there is no build, quietly for --json.
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  progress('building the extension');
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 2, 2] });
}

function chromiumVersion(): string | null {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

const loadAtStart = round(loadavg()[0] ?? 0);
const today = new Date().toISOString().slice(0, 10);
const { dataset, index } = loadDataset();
const pages = pagePaths(folders).map(loadPage);
const [seed, ...rest] = pages;
if (!seed) throw new Error('no seed article');
progress(`core: ${seed.name}`);
const seedResult = benchCorePage(seed, index, today, true);
const pageResults = rest.map((page) => {
  progress(`core: ${page.name}`);
  return benchCorePage(page, index, today, false);
});
progress('core: scaling');
const scaling = analyzeScaling(index);
progress('lookup: padding the dataset to 100,000 aliases');
const lookup = benchLookup(dataset);
const browser = args.includes('--no-browser')
  ? null
  : { ...(await benchBrowser(seed)), datasetLoadInNode: datasetLoad() };
const bundle = bundleSizes();

const headline = {
  coreVsCompromise: seedResult.ratio,
  lookupVsFuse: lookup.ratio,
  contentScriptVsWalk: browser?.seed.ratio ?? null,
  longestTaskMs: browser?.bigPage.withExtension.tasks.longestContentScriptTaskMs ?? null,
  coldStartMs: browser?.coldStart.coldStartMs ?? null,
  contentScriptGzipBytes: bundle.contentScriptGzipBytes,
};
const result: BenchResult = {
  machine: {
    ...machine(),
    chromium: browser ? chromiumVersion() : null,
    loadAverage: [loadAtStart, round(loadavg()[0] ?? 0)],
  },
  ...headline,
  budgets: judge(headline, lookup),
  core: { seed: seedResult, pages: pageResults, scaling },
  lookup,
  browser,
  bundle,
};
if (out) writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${formatTable(result)}\n`);
