/**
 * What every hostile page is checked for, shared by the hostile suites: errors that reached any
 * console, the page's text and nodes left as they were, the heartbeat, and highlights that cover
 * exactly the words the report found.
 */
import { expect } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Report } from '../../src/core/report';
import { MAX_PAINTED } from '../../src/extension/content/paint-window';
import { DEFAULT_SETTINGS } from '../../src/extension/settings-values';
import { highlightedTexts } from './harness';
import './hostile-guard';

/** The one change the extension may make to a page: its card's host, on <html>. */
const OWN_CARD = /^childList HTML \+\[(?:DRAMATIS-CARD)?\] -\[(?:DRAMATIS-CARD)?\]$/;

/** The heartbeat may skip a beat, never stall: a generous bound, not a timing test. */
export const LONGEST_GAP_MS = 1_000;

/** Collects uncaught errors and console errors of every page and worker of the context. */
export function watchErrors(context: BrowserContext): { take(): string[] } {
  let errors: string[] = [];
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error' || /context invalidated/i.test(message.text()))
      errors.push(`console.${message.type()}: ${message.text()}`);
  });
  return {
    take: () => {
      const taken = errors;
      errors = [];
      return taken;
    },
  };
}

/** The parts of the extension's `chrome` global the checks use. */
interface ExtensionGlobal {
  chrome: {
    storage: { local: { set(items: object): Promise<void> } };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}

/** Switches highlights on or off the way the options page does: the stored settings item. */
export async function setHighlights(worker: Worker, enabled: boolean): Promise<void> {
  await worker.evaluate(
    async ([settings]) => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      await chrome.storage.local.set({ settings });
    },
    [{ ...DEFAULT_SETTINGS, enabled }] as const,
  );
}

const paintedNow = (page: Page): Promise<boolean> =>
  page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-person')));

/** Switches highlights off and on `times` times (ending on), waiting each time for the page to follow. */
export async function toggleHighlights(page: Page, worker: Worker, times: number, within: number): Promise<void> {
  for (let i = 1; i <= times; i++) {
    const on = i % 2 === 0;
    await setHighlights(worker, on);
    await page.waitForFunction(
      (wanted) => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-person')) === wanted,
      on,
      { timeout: within },
    );
  }
  expect(await paintedNow(page)).toBe(times % 2 === 0);
}

/** Mutations of the page that neither the page nor the extension's card made. */
export async function foreignChanges(page: Page): Promise<string[]> {
  const changes = await page.evaluate(() => window.__guard.foreign());
  return changes.filter((change) => !OWN_CARD.test(change));
}

/** Remembers the page's text now, to compare with later (it stays in the page). */
export async function keepText(page: Page): Promise<void> {
  await page.evaluate(() => window.__guard.keepText());
}

/** Null while the page's text is what `keepText` saw, else where it first differs. */
export function textDrift(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__guard.textDrift());
}

/** The longest heartbeat gap since the last reset (ms), and when it ended (ms after navigation). */
export function longestGap(page: Page): Promise<{ ms: number; endedAt: number }> {
  return page.evaluate(() => window.__guard.longestGap());
}

/** The background's report of a tab, asked from an extension page as the popup does. */
export async function reportOf(extensionPage: Page, tabId: number): Promise<Report | null> {
  const reply = await extensionPage.evaluate(
    (id) =>
      (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({
        type: 'getTabReport',
        data: { tabId: id },
      }),
    tabId,
  );
  return (reply as { ok: boolean; result: Report | null }).result;
}

/**
 * Every painted range covers exactly the words of one mention: the texts painted as known and
 * unknown people are, as multisets, the report's mentions of them (or, on pages with more than
 * MAX_PAINTED of them, that many of them). Offsets that drifted (a zero-width character, a soft
 * hyphen, a shadow root) would paint other words.
 */
export async function expectPaintMatchesReport(page: Page, report: Report): Promise<void> {
  const painted = await highlightedTexts(page);
  const known = Object.entries(painted).flatMap(([name, texts]) => (name.startsWith('dramatis-person') ? texts : []));
  const unknown = painted['dramatis-unknown'] ?? [];
  const mentions = (known: boolean): string[] =>
    report.people.filter((p) => (p.entityId !== null) === known).flatMap((p) => p.mentions.map((m) => m.text));
  const all = [...mentions(true), ...mentions(false)];
  if (all.length <= MAX_PAINTED) {
    expect(known.sort()).toEqual(mentions(true).sort());
    expect(unknown.sort()).toEqual(mentions(false).sort());
    return;
  }
  expect(known.length + unknown.length).toBe(MAX_PAINTED);
  const left = new Map<string, number>();
  for (const text of all) left.set(text, (left.get(text) ?? 0) + 1);
  for (const text of [...known, ...unknown]) {
    expect(left.get(text) ?? 0, `painted "${text}" more often than the report names it`).toBeGreaterThan(0);
    left.set(text, (left.get(text) ?? 0) - 1);
  }
}
