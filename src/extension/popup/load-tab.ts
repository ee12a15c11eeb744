/**
 * Finding the popup's tab and its report: `?tab=<id>` (browser tests) or the active tab; pages
 * extensions cannot read are told apart from pages still being read.
 */
import type { Report } from '../../core/report';
import { request } from '../reply';

export interface TabDeps {
  search: string;
  activeTab: () => Promise<{ id: number; url?: string } | null>;
  tabUrl: (tabId: number) => Promise<string | undefined>;
  send: (message: unknown) => Promise<unknown>;
  wait: (ms: number) => Promise<void>;
  /** Whether the tab has a content script that answers (false when it cannot be reached). */
  probe: (tabId: number) => Promise<boolean>;
}

export type TabState =
  | { kind: 'cannot-read' }
  | { kind: 'ready'; tabId: number; url: string; report: Report }
  | { kind: 'timeout'; tabId: number };

const POLL_MS = 400;
const POLLS = 25;
/** Polls without any content script before the page counts as unreadable (it may still be loading). */
const SILENT_POLLS = 4;

/** The tab id named by `?tab=`, or null. */
export function tabFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

/** True for addresses a content script can run on. */
export function readableUrl(url: string | undefined): boolean {
  if (url === undefined) return true; // unknown (no permission to see it): try
  if (!/^https?:/i.test(url)) return false;
  return (
    !/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/i.test(url) &&
    !/\.pdf(?:[?#]|$)/i.test(url)
  );
}

/** Resolves the tab and waits for its report; `onWaiting` fires while the page is being read. */
export async function loadTab(deps: TabDeps, onWaiting: () => void): Promise<TabState> {
  const named = tabFromSearch(deps.search);
  const tab =
    named !== null ? { id: named, url: await deps.tabUrl(named).catch(() => undefined) } : await deps.activeTab();
  if (!tab || !readableUrl(tab.url)) return { kind: 'cannot-read' };
  let silent = 0;
  for (let i = 0; i < POLLS; i++) {
    const report = await request(deps.send, 'getTabReport', { tabId: tab.id });
    if (report) return { kind: 'ready', tabId: tab.id, url: tab.url ?? report.source, report };
    if (i === 0) onWaiting();
    silent = (await deps.probe(tab.id)) ? 0 : silent + 1;
    if (silent >= SILENT_POLLS) return { kind: 'cannot-read' };
    await deps.wait(POLL_MS);
  }
  return { kind: 'timeout', tabId: tab.id };
}
