/**
 * The page's title, publication date and language, from the markup news sites use: JSON-LD
 * `datePublished`, `article:published_time` and kin, then the first `<time datetime>`.
 */
import { isoDay } from '../core/dataset/partial-date';
import type { PageMeta } from '../core/report';

/** Meta tags that carry the publication date, most trusted first: `property`, `name` or `itemprop`. */
const DATE_METAS = [
  'article:published_time',
  'datePublished',
  'pubdate',
  'publish-date',
  'date',
  'DC.date.issued',
  'parsely-pub-date',
  'sailthru.date',
];

/** Reads the page meta; `source` is the page's address or file name. */
export function readPageMeta(document: Document, source: string): PageMeta {
  const metas = readMetas(document);
  return {
    source,
    title: metas.get('og:title')?.trim() || document.querySelector('title')?.textContent?.trim() || null,
    publishedAt: readPublished(document, metas),
    language: document.documentElement.getAttribute('lang')?.trim() || null,
  };
}

/** Every meta tag's content by its property, name or itemprop (the first of each wins), in one pass. */
function readMetas(document: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of document.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute);
      if (key !== null && !metas.has(key)) metas.set(key, content);
    }
  }
  return metas;
}

function readPublished(document: Document, metas: Map<string, string>): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = findDatePublished(parseJson(script.textContent ?? ''), 0);
    if (found) return found;
  }
  for (const key of DATE_METAS) {
    const value = metas.get(key);
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
