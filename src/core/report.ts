/**
 * The report: what analysis returns, what the CLI prints with --json and what the popup shows.
 * Field names and meanings follow DESIGN.md; fields may be added, never renamed.
 */

/** A span of the collected text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface PersonFinding {
  /** Entity id, or "unknown:<folded name>" for people not in the dataset. */
  key: string;
  entityId: string | null;
  /** Canonical name, or the fullest surface form for unknown people. */
  name: string;
  /** As written on the page, in order of appearance: ["Yevgeny Prigozhin", "Prighozin"]. */
  surfaceForms: string[];
  mentions: TextSpan[];
  /** The role held on the publication date (today when the page has no date). */
  roleAtPublication: string | null;
  /** The role held on the dataset's as-of date, when one is held. */
  currentRole: string | null;
  description: string | null;
  /** How the article describes them: "Kremlin spokesman". */
  pageContext: string | null;
  /** 0..1: how sure the link to the dataset entry (or the person reading) is. */
  confidence: number;
  /** Forms that matched only fuzzily: ["Prighozin"]. */
  fuzzyForms: string[];
  country: string | null;
  born: string | null;
  died: string | null;
  /** Quotations on this page attributed to this person. */
  quoteCount: number;
}

export type QuoteKind = 'direct' | 'partial' | 'scare';

export interface QuoteFinding {
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: { key: string | null; name: string | null; description: string | null } | null;
  /** 0..1: how sure the attribution is. */
  confidence: number;
}

export interface Report {
  source: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD). */
  publishedAt: string | null;
  /** The date roles were resolved at: publishedAt, or the day of analysis. */
  resolvedAt: string;
  /** The dataset's as-of date. */
  datasetAsOf: string;
  language: string | null;
  people: PersonFinding[];
  quotes: QuoteFinding[];
}

/** What analysis needs to know about the page besides its text. */
export interface PageMeta {
  source: string;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
}

/** The text of a page as analysis sees it: one string, with block (paragraph) boundaries. */
export interface PageText {
  text: string;
  /** Half-open [start, end) ranges of blocks, in order, not overlapping. */
  blocks: { start: number; end: number }[];
}
