/**
 * The page summary a fact-checker copies into their notes: Markdown for reading, JSON for tools.
 */
import type { Report } from '../../core/report';

/** The report as Markdown: people with roles and counts, then quotations with speakers. */
export function summaryMarkdown(report: Report): string {
  const lines = [`# ${report.title ?? report.source}`, ''];
  const dated = report.publishedAt
    ? `published ${report.publishedAt}`
    : `no publication date (roles as of ${report.resolvedAt})`;
  lines.push(`${report.source} · ${dated} · dataset as of ${report.datasetAsOf}`, '', '## People', '');
  for (const person of report.people) {
    const role =
      person.roleAtPublication ?? person.pageContext ?? (person.entityId ? 'no role on record' : 'not in the dataset');
    const now = person.died
      ? `died ${person.died}`
      : person.currentRole && person.currentRole !== person.roleAtPublication
        ? `now ${person.currentRole}`
        : null;
    const counts = `${String(person.mentions.length)} mention${person.mentions.length === 1 ? '' : 's'}, quoted ${String(person.quoteCount)}×`;
    lines.push(`- **${person.name}**: ${[role, now, counts].filter(Boolean).join('; ')}`);
  }
  if (report.quotes.length > 0) {
    lines.push('', '## Quotations', '');
    for (const quote of report.quotes) {
      const speaker = quote.speaker?.name ?? quote.speaker?.description ?? 'unattributed';
      lines.push(`- ${speaker} (${quote.kind}): “${quote.text.replace(/\s+/g, ' ')}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The report as pretty JSON (DESIGN.md's Report). */
export function summaryJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
