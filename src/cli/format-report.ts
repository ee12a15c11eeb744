/**
 * The CLI's readable report: a header, the people as a table (role at publication, role now,
 * mentions, quotes), people not in the dataset with how the article describes them, and quotes.
 */
import type { PersonFinding, Report } from '../core/report';

/** Renders the report as plain text for a terminal. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  lines.push(report.title ?? report.source);
  const when = report.publishedAt
    ? `published ${report.publishedAt}`
    : `no publication date: roles as of today, ${report.resolvedAt}`;
  lines.push(`${report.source} · ${when} · dataset as of ${report.datasetAsOf}`, '');
  const known = report.people.filter((p) => p.entityId !== null);
  const unknown = report.people.filter((p) => p.entityId === null);
  lines.push(`People (${String(known.length)})`);
  lines.push(
    ...table(
      ['Name', `Role on ${report.resolvedAt}`, 'Now', 'Mentions', 'Quotes'],
      known.map((p) => [
        nameCell(p),
        p.roleAtPublication ?? '—',
        nowCell(p),
        String(p.mentions.length),
        String(p.quoteCount),
      ]),
    ),
  );
  if (unknown.length > 0) {
    lines.push('', `Not in the dataset (${String(unknown.length)})`);
    lines.push(
      ...table(
        ['Name', 'As the article describes them', 'Mentions', 'Quotes'],
        unknown.map((p) => [p.name, p.pageContext ?? '—', String(p.mentions.length), String(p.quoteCount)]),
      ),
    );
  }
  lines.push('', `Quotes (${String(report.quotes.length)})`);
  for (const quote of report.quotes) {
    const speaker = quote.speaker ? (quote.speaker.name ?? quote.speaker.description ?? 'unknown') : 'unattributed';
    lines.push(`  ${speaker} -> [${quote.kind}] “${ellipsis(quote.text, 100)}”`);
  }
  return lines.join('\n');
}

function nameCell(person: PersonFinding): string {
  const fuzzy = person.fuzzyForms.length > 0 ? ` (as “${person.fuzzyForms.join('”, “')}”)` : '';
  return person.name + fuzzy;
}

function nowCell(person: PersonFinding): string {
  if (person.died) return `died ${person.died}`;
  if (person.currentRole === person.roleAtPublication) return person.currentRole ? 'same' : '—';
  return person.currentRole ?? 'no current role';
}

function ellipsis(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function table(header: string[], rows: string[][]): string[] {
  const cells = [header, ...rows].map((row) => row.map((cell) => ellipsis(cell, 60)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  return cells.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
}
