/**
 * (c) The service worker's cold start to the first answer with the full dataset. The worker is
 * stopped with CDP ServiceWorker.stopAllWorkers (from a tab's session; chrome://serviceworker-internals
 * is not there headless) and we wait for CDP to report it "stopped". Then an extension page in a tab
 * (so the message has a sender tab, as a content script's does) sends the seed article's `analyze`
 * message and times it to the answer: wake, fetch + parse dataset.json, index, analyze, reply.
 * Baselines from the same run: the same message to the warm worker, and a cold wake for a message
 * that needs no dataset (getTabReport).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { PageMeta, PageText } from '../src/core/report';
import { median, round } from './measure';

export interface ColdStartResult {
  coldStartMs: number;
  warmAnswerMs: number;
  coldWakeNoDatasetMs: number;
  /** cold / warm. */
  ratio: number;
  runs: number;
  perRun: { coldMs: number; warmMs: number; wakeMs: number }[];
}

interface ChromeRuntime {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Sends one message from the extension page and returns ms to the answer (which must be ok). */
async function timeMessage(page: Page, message: unknown): Promise<number> {
  const { ms, ok } = await page.evaluate(async (sent) => {
    const { chrome } = globalThis as unknown as ChromeRuntime;
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage(sent)) as { ok?: boolean } | undefined;
    return { ms: performance.now() - started, ok: reply?.ok === true };
  }, message);
  if (!ok) throw new Error('the service worker did not answer the benchmark message');
  return ms;
}

/** Measures `runs` cold starts of the extension `extensionId` answering an analysis of `page`. */
export async function benchColdStart(
  context: BrowserContext,
  extensionId: string,
  page: { page: PageText; meta: PageMeta },
  runs = 9,
): Promise<ColdStartResult> {
  const tab = await context.newPage();
  await tab.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(tab);
  let status = 'unknown';
  let stopped: () => void = () => undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.find((v) => v.scriptURL.includes(extensionId));
    status = ours?.runningStatus ?? status;
    if (status === 'stopped') stopped();
  });
  await cdp.send('ServiceWorker.enable');
  const stop = async (): Promise<void> => {
    if (status === 'stopped') return;
    const done = new Promise<void>((resolve) => (stopped = resolve));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([done, tab.waitForTimeout(5000)]);
  };
  const analyzeMessage = { type: 'analyze', data: page };
  const perRun: ColdStartResult['perRun'] = [];
  for (let i = 0; i < runs; i++) {
    await stop();
    const coldMs = await timeMessage(tab, analyzeMessage);
    const warmMs = await timeMessage(tab, analyzeMessage);
    await stop();
    const wakeMs = await timeMessage(tab, { type: 'getTabReport', data: { tabId: 1 } });
    perRun.push({ coldMs: round(coldMs), warmMs: round(warmMs), wakeMs: round(wakeMs) });
  }
  await cdp.detach();
  await tab.close();
  const coldStartMs = median(perRun.map((run) => run.coldMs));
  const warmAnswerMs = median(perRun.map((run) => run.warmMs));
  return {
    coldStartMs: round(coldStartMs),
    warmAnswerMs: round(warmAnswerMs),
    coldWakeNoDatasetMs: round(median(perRun.map((run) => run.wakeMs))),
    ratio: round(coldStartMs / warmAnswerMs),
    runs,
    perRun,
  };
}
