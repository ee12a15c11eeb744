/**
 * The page's title, publication date and language, from the markup news sites use: JSON-LD
 * `datePublished`, `article:published_time` and kin, then the first `<time datetime>`.
 */
import { isoDay } from '../core/dataset/partial-date';
import type { PageMeta } from '../core/report';

const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

/** Reads the page meta; `source` is the page's address or file name. */
export function readPageMeta(document: Document, source: string): PageMeta {
  return {
    source,
    title: readTitle(document),
    publishedAt: readPublished(document),
    language: document.documentElement.getAttribute('lang')?.trim() || null,
  };
}

function readTitle(document: Document): string | null {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const title = document.querySelector('title')?.textContent?.trim();
  return title || null;
}

function readPublished(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = findDatePublished(parseJson(script.textContent ?? ''), 0);
    if (found) return found;
  }
  for (const selector of DATE_METAS) {
    const value = document.querySelector(selector)?.getAttribute('content');
    const day = value ? isoDay(value) : null;
    if (day) return day;
  }
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const value = time?.getAttribute('datetime');
  return value ? isoDay(value) : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // broken JSON-LD is common; the other sources still count
  }
}

function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > 6 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') {
    const day = isoDay(record.datePublished);
    if (day) return day;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}
