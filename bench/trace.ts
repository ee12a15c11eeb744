/**
 * Main-thread tasks from a Chrome trace (CDP Tracing on the tab's session, which records every
 * process), with V8's sampling profiler in the trace so each task can be told apart: a task in
 * which any sample has a content-scripts/ frame on its stack is a content-script task. Tasks are
 * those of the renderer main thread that parsed the page.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  dur?: number;
  args?: {
    beginData?: { url?: string };
    data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
  };
}

export interface TaskStats {
  longestTaskMs: number;
  /** The longest task in which the content script ran; 0 without the extension. */
  longestContentScriptTaskMs: number;
  tasksOver50: number;
  contentScriptTasksOver50: number;
  /** Sampled main-thread time of the content script over the whole load. */
  contentScriptMs: number;
}

const CATEGORIES =
  'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler';
// The scheduler's outermost task event; microtask checkpoints after a message are tasks of their own.
const TASK = 'RunTask';
const CONTENT_SCRIPT = '/content-scripts/';

/** Starts tracing; call the returned function to stop and get the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The thread's samples that ran the content script, as [time µs, duration µs], in time order. */
function contentSamples(events: readonly TraceEvent[], pid: number, tid: number): [number, number][] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const times: [number, number][] = [];
  let time = profile.args?.data?.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
    for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    (chunk.args?.data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      times.push([time, id]);
    });
  }
  const inside = new Map<number, boolean>();
  const isContent = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    const known = inside.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result = (node?.callFrame.url ?? '').includes(CONTENT_SCRIPT) || isContent(node?.parent);
    inside.set(id, result);
    return result;
  };
  return times.flatMap(([at, id], i): [number, number][] =>
    isContent(id) ? [[at, (times[i + 1]?.[0] ?? at) - at]] : [],
  );
}

/** Task statistics of the main thread of the renderer that parsed a page whose URL contains `page`. */
export function mainThreadTasks(events: readonly TraceEvent[], page: string): TaskStats {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(page));
  if (!parse) throw new Error(`the trace holds no parse of ${page}`);
  const tasks = events.filter((e) => e.name === TASK && e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid);
  const samples = contentSamples(events, parse.pid, parse.tid);
  const ms = (task: TraceEvent): number => Math.round((task.dur ?? 0) / 10) / 100;
  const ranContentScript = (task: TraceEvent): boolean =>
    samples.some(([at]) => at >= task.ts && at <= task.ts + (task.dur ?? 0));
  const scriptTasks = tasks.filter(ranContentScript);
  return {
    longestTaskMs: Math.max(0, ...tasks.map(ms)),
    longestContentScriptTaskMs: Math.max(0, ...scriptTasks.map(ms)),
    tasksOver50: tasks.filter((task) => ms(task) > 50).length,
    contentScriptTasksOver50: scriptTasks.filter((task) => ms(task) > 50).length,
    contentScriptMs: Math.round(samples.reduce((sum, [, dur]) => sum + dur, 0) / 10) / 100,
  };
}
