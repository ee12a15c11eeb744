/**
 * Scores found quotations against gold answers: detection precision and recall (a found quote
 * matches a gold one when their words overlap enough), then kind and speaker accuracy over the
 * matched pairs. Speakers compare loosely: the gold full name or description against the found
 * name or description, case- and punctuation-blind.
 */
import type { QuoteFinding } from '../../src/core/report';

export interface GoldQuote {
  text: string;
  kind: QuoteFinding['kind'];
  speaker: string | null;
}

export interface QuoteScore {
  gold: number;
  found: number;
  matched: number;
  kindRight: number;
  speakerRight: number;
  misses: string[];
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = new Set(words(b));
  if (x.length === 0 || y.size === 0) return 0;
  const shared = x.filter((w) => y.has(w)).length;
  return shared / Math.max(x.length, y.size);
}

function sameSpeaker(gold: string | null, found: QuoteFinding['speaker']): boolean {
  if (gold === null) return found === null || (found.name === null && found.description === null);
  const norm = (s: string | null | undefined) =>
    (s ?? '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\s]/gu, '')
      .trim();
  const g = norm(gold);
  const candidates = [norm(found?.name), norm(found?.description)].filter(Boolean);
  return candidates.some((c) => c === g || c.includes(g) || g.includes(c));
}

/** Scores one page. */
export function scoreQuotes(gold: GoldQuote[], found: QuoteFinding[]): QuoteScore {
  const used = new Set<number>();
  const score: QuoteScore = {
    gold: gold.length,
    found: found.length,
    matched: 0,
    kindRight: 0,
    speakerRight: 0,
    misses: [],
  };
  for (const expected of gold) {
    let best = -1;
    let bestOverlap = 0.5;
    found.forEach((quote, i) => {
      const o = overlap(expected.text, quote.text);
      if (!used.has(i) && o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    const match = found[best];
    if (!match) {
      score.misses.push(`missed: “${expected.text.slice(0, 60)}”`);
      continue;
    }
    used.add(best);
    score.matched++;
    if (match.kind === expected.kind) score.kindRight++;
    else score.misses.push(`kind ${match.kind} for ${expected.kind}: “${expected.text.slice(0, 50)}”`);
    if (sameSpeaker(expected.speaker, match.speaker)) score.speakerRight++;
    else
      score.misses.push(
        `speaker ${match.speaker?.name ?? match.speaker?.description ?? 'none'} for ${expected.speaker ?? 'none'}: “${expected.text.slice(0, 50)}”`,
      );
  }
  found.forEach((quote, i) => {
    if (!used.has(i)) score.misses.push(`extra: “${quote.text.slice(0, 60)}”`);
  });
  return score;
}
