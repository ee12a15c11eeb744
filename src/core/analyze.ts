/**
 * The analysis pipeline, pure: page text + meta + dataset index -> Report. The same function
 * runs in the service worker, the CLI, the tests and the benchmarks.
 *   tokenize -> 01 spot -> 02 link -> 03 corefer -> 04 people -> 05 quote spans -> 06 quotes
 */
import type { EntityIndex } from './dataset/entity-index';
import { spot } from './pipeline/01-spot';
import { linkFullNames } from './pipeline/02-link';
import { corefer } from './pipeline/03-corefer';
import { collectPeople } from './pipeline/04-people';
import { findQuotes } from './pipeline/06-quotes';
import { createPageContext } from './pipeline/page-context';
import type { PageMeta, PageText, Report } from './report';
import { lowercaseWords, tokenize } from './text/tokenize';

export interface AnalyzeOptions {
  /** The day of analysis (YYYY-MM-DD): roles are resolved at it when the page has no date. */
  today: string;
}

/** Finds the people (and quotations) of one page. */
export function analyze(page: PageText, meta: PageMeta, index: EntityIndex, options: AnalyzeOptions): Report {
  const date = meta.publishedAt ?? options.today;
  const tokens = tokenize(page);
  const commonWords = lowercaseWords(tokens);
  const candidates = spot(page, tokens, index, commonWords);
  const context = createPageContext(page.text, index, date, commonWords);
  const full = linkFullNames(candidates, context);
  const mentions = [...full, ...corefer(candidates, full, context)];
  const people = collectPeople(mentions, index, date);
  const quotes = findQuotes(page, people);
  for (const person of people) person.quoteCount = quotes.filter((q) => q.speaker?.key === person.key).length;
  return {
    source: meta.source,
    title: meta.title,
    publishedAt: meta.publishedAt,
    resolvedAt: date,
    datasetAsOf: index.asOf,
    language: meta.language,
    people,
    quotes,
  };
}
