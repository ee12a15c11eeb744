/** Runs the pure pipeline on plain paragraphs, as the extension would after collect. */
import { analyze } from '../../src/core/analyze';
import type { EntityIndex } from '../../src/core/dataset/entity-index';
import type { PageText, Report } from '../../src/core/report';

/** Paragraphs -> PageText with one block each, separated by newlines. */
export function pageOf(...paragraphs: string[]): PageText {
  const blocks: PageText['blocks'] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    blocks.push({ start: text.length, end: text.length + paragraph.length });
    text += `${paragraph}\n`;
  }
  return { text, blocks };
}

export function analyzeText(
  index: EntityIndex,
  paragraphs: string[],
  publishedAt: string | null = '2022-10-06',
): Report {
  return analyze(pageOf(...paragraphs), { source: 'test', title: null, publishedAt, language: 'en' }, index, {
    today: '2026-01-01',
  });
}

/** "name: surface, surface" per person, in order: a compact form for table tests. */
export function peopleOf(report: Report): string[] {
  return report.people.map((p) => `${p.entityId ?? p.key}: ${p.mentions.map((m) => m.text).join(', ')}`);
}
