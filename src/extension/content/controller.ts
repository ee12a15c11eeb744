/**
 * The content script, drawn in one place:
 *   collect (DOM -> text) -> background analyze -> paint (CSS highlights)
 *   hover (pointer -> mention -> card)   reveal (popup -> scroll + flash)
 *   settings (storage -> repaint at once)   watch (mutations, SPA navigation -> rescan)
 * Nothing here throws into the page: failures leave the page as it was.
 */
import type { Report } from '../../core/report';
import { startCollect, type TextSnapshot } from '../../page/collect';
import { readPageMeta } from '../../page/page-meta';
import { parseMessage, type ContentWork } from '../protocol';
import type { Reply } from '../reply';
import { highlightsOn, type Settings } from '../settings';
import { CARD_TAG, startHoverCards } from './hover-card';
import { createMentionMap, type MentionMap } from './mention-map';
import { canHighlight } from './paint';
import { createPainter } from './paint-window';
import { watchPage } from './page-watch';
import { createRevealer, type Revealer } from './reveal';
import { sendPage } from './send-page';
import { noSlices, runInSlices, timed, type SliceWindow } from './slices';

export interface ControllerDeps {
  win: Window & typeof globalThis & SliceWindow;
  signal: AbortSignal;
  runtimeId: string;
  send: (message: unknown) => Promise<unknown>;
  settings: Settings;
  isHidden: (element: Element) => boolean;
  /**
   * False once the extension was reloaded or removed under the page. Asking is enough for WXT's
   * context to notice and abort `signal`; nothing else tells an orphaned script in Chromium.
   */
  contextValid: () => boolean;
}

export interface Controller {
  rescan(): Promise<boolean>;
  applySettings(settings: Settings): void;
  handleMessage(raw: unknown, sender: { id?: string; tab?: unknown }): Promise<Reply<unknown>> | undefined;
}

/** Starts Dramatis on the page. */
export function startController(deps: ControllerDeps): Controller {
  const { win, signal } = deps;
  let settings = deps.settings;
  let page: { snapshot: TextSnapshot; report: Report } | null = null;
  let map: MentionMap | null = null;
  let revealer: Revealer | null = null;
  let painted = false;
  let lastText: string | null = null;
  let work: ContentWork | null = null;
  let scans = 0;
  const painter = createPainter(win, signal);
  // A script that is replaced or orphaned (the extension updated or reloaded) takes its highlights along.
  signal.addEventListener('abort', () => painter.clear());

  const apply = (): void => {
    painted = false;
    map = null;
    if (!page || signal.aborted) return painter.clear();
    revealer = createRevealer(win, page.snapshot, page.report);
    if (!highlightsOn(settings, win.location.href)) return painter.clear();
    painter.show(page.snapshot, page.report, settings);
    painted = canHighlight(win);
    const shown = settings.showUnknown;
    map = createMentionMap(win.document, page.snapshot, page.report, (p) => p.entityId !== null || shown);
  };

  /**
   * Reads the page in short slices, has it analysed, and paints the answer. A newer scan (the
   * page changed again) supersedes one still reading; an answer for old text is dropped.
   */
  const rescan = async (): Promise<boolean> => {
    const body = win.document.body;
    if (!body || !deps.contextValid() || signal.aborted) return false;
    const scan = ++scans;
    const superseded = (): boolean => signal.aborted || scan !== scans;
    const spent: ContentWork = { collect: noSlices(), send: noSlices(), paint: noSlices() };
    const collector = startCollect(body, { isHidden: deps.isHidden });
    if (!(await runInSlices(win, collector.run, superseded, spent.collect))) return false;
    const snapshot = collector.snapshot();
    if (snapshot.text === lastText) return false;
    lastText = snapshot.text;
    if (snapshot.text.trim() === '') {
      page = null;
      apply();
      return true;
    }
    const meta = timed(win, () => readPageMeta(win.document, win.location.href), spent.collect);
    const text = { text: snapshot.text, blocks: snapshot.blocks };
    const report = await sendPage(win, deps.send, text, meta, spent.send);
    // Painted in a task of its own, in idle time: not in the one that received (and parsed) the report.
    const stale = (): boolean => signal.aborted || snapshot.text !== lastText;
    const paint = (): boolean => {
      page = { snapshot, report };
      apply();
      return true;
    };
    if (await runInSlices(win, paint, stale, spent.paint)) work = spent;
    return true;
  };

  // Asked once per frame while the pointer moves: the first move after a reload lets go of the page.
  const current = () => (deps.contextValid() && map && page ? { map, report: page.report } : null);
  startHoverCards({ win, signal, current });
  if (win.document.body) {
    watchPage(win.document.body, {
      win,
      signal,
      rescan,
      isOwn: (node) => (node instanceof win.Element ? node : node.parentElement)?.closest(CARD_TAG) !== null,
    });
  }

  return {
    rescan,
    applySettings: (next) => {
      settings = next;
      apply();
    },
    handleMessage: (raw, sender) => {
      // Only this extension's own pages (the popup) talk to the content script.
      if (sender.id !== deps.runtimeId || sender.tab !== undefined) return undefined;
      const parsed = parseMessage(raw);
      if ('error' in parsed) return Promise.resolve({ ok: false, error: parsed.error });
      const { message } = parsed;
      try {
        if (message.type === 'getPageState')
          return Promise.resolve({ ok: true, result: { canHighlight: canHighlight(win), painted, work } });
        if (message.type === 'reveal' && revealer)
          return Promise.resolve({ ok: true, result: revealer.reveal(message.data as never) });
        return Promise.resolve({ ok: false, error: 'not ready' });
      } catch (error) {
        return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
