/**
 * `npm run eval:quotes [-- --verbose]`: runs the pipeline on the evaluation articles in
 * tests/fixtures/quotes-eval and prints detection precision and recall, kind accuracy and
 * speaker accuracy against their gold answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeHtml } from '../../src/cli/analyze-page';
import { loadDataset } from '../../src/cli/load-dataset';
import { scoreQuotes, type GoldQuote, type QuoteScore } from './score-quotes';

const DIR = join(import.meta.dirname, '../fixtures/quotes-eval');

/** Scores every article; returns the per-article scores and the totals. */
export function evaluateQuotes(): { pages: [string, QuoteScore][]; total: QuoteScore } {
  const { index } = loadDataset();
  const pages: [string, QuoteScore][] = readdirSync(DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const report = analyzeHtml(readFileSync(join(DIR, name), 'utf8'), name, index, { today: '2026-01-01' });
      const gold = (
        JSON.parse(readFileSync(join(DIR, name.replace(/\.html$/, '.answers.json')), 'utf8')) as { quotes: GoldQuote[] }
      ).quotes;
      return [name, scoreQuotes(gold, report.quotes)];
    });
  const total: QuoteScore = { gold: 0, found: 0, matched: 0, kindRight: 0, speakerRight: 0, misses: [] };
  for (const [, s] of pages) {
    total.gold += s.gold;
    total.found += s.found;
    total.matched += s.matched;
    total.kindRight += s.kindRight;
    total.speakerRight += s.speakerRight;
  }
  return { pages, total };
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

if (process.argv[1]?.endsWith('quotes-eval.ts')) {
  const { pages, total } = evaluateQuotes();
  for (const [name, s] of pages) {
    console.log(
      `${name.padEnd(34)} gold ${String(s.gold).padStart(2)}  found ${String(s.found).padStart(2)}  matched ${String(s.matched).padStart(2)}  kind ${String(s.kindRight).padStart(2)}  speaker ${String(s.speakerRight).padStart(2)}`,
    );
    if (process.argv.includes('--verbose')) for (const miss of s.misses) console.log(`    ${miss}`);
  }
  console.log(
    `\nprecision ${pct(total.matched, total.found)}  recall ${pct(total.matched, total.gold)}  kind accuracy ${pct(total.kindRight, total.matched)}  speaker accuracy ${pct(total.speakerRight, total.matched)}  (${String(total.gold)} gold quotes)`,
  );
}
