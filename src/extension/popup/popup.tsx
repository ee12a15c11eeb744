/**
 * The toolbar popup: the page at a glance. Shows the tab's report (from `?tab=<id>`, or the
 * active tab), people in order of appearance with their role at publication and mention count.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../core/report';
import { request } from '../reply';

export interface PopupProps {
  send: (message: unknown) => Promise<unknown>;
  queryActiveTab: () => Promise<number | null>;
  /** location.search of the popup page: "?tab=12" opens that tab's summary. */
  search: string;
}

type State =
  { kind: 'loading' } | { kind: 'empty' } | { kind: 'error'; message: string } | { kind: 'ready'; report: Report };

/** The tab id named by `?tab=`, or null. */
export function tabFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

export function Popup({ send, queryActiveTab, search }: PopupProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = tabFromSearch(search) ?? (await queryActiveTab());
      if (tabId === null) return setState({ kind: 'empty' });
      const report = await request(send, 'getTabReport', { tabId });
      setState(report ? { kind: 'ready', report } : { kind: 'empty' });
    })().catch((error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, [search]);

  if (state.kind === 'loading') return <main aria-busy="true">Reading the page…</main>;
  if (state.kind === 'error')
    return (
      <main>
        <p role="alert">Dramatis could not read this page: {state.message}</p>
      </main>
    );
  if (state.kind === 'empty') return <main>No people found on this page yet.</main>;
  const { report } = state;
  return (
    <main>
      <h1>{report.title ?? 'This page'}</h1>
      <p class="meta">{report.publishedAt ? `Published ${report.publishedAt}` : 'No publication date'}</p>
      <ul aria-label="People on this page">
        {report.people.map((person) => (
          <li key={person.key}>
            <div class="name">{person.name}</div>
            <div class="role">{person.roleAtPublication ?? person.pageContext ?? 'Not in the dataset'}</div>
            <div class="count">
              {person.mentions.length} {person.mentions.length === 1 ? 'mention' : 'mentions'}
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
