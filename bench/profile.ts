/**
 * Reading a V8 CPU profile (CDP Profiler.stop): the time of the samples whose stack holds a frame
 * of one script, natives it calls included (checkVisibility, createRange, a
 * forced layout), and the functions that time went to.
 */

/** The part of CDP's Profiler.Profile this file reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

type CallFrame = { url: string; functionName: string };
type Node = CpuProfile['nodes'][number];

/** Each sample's top node and its duration in ms (the gap to the next sample, as DevTools does). */
function samplesOf(profile: CpuProfile): { node: Node; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  return (profile.samples ?? []).flatMap((id, i) => {
    const node = byId.get(id);
    return node ? [{ node, ms: (deltas[i + 1] ?? 0) / 1000 }] : [];
  });
}

/** The ids of the nodes that match `test`, or are called (at any depth) by one that does. */
function nodesUnder(profile: CpuProfile, test: (frame: CallFrame) => boolean): Set<number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inside = new Set<number>();
  const visit = (node: Node | undefined, parentInside: boolean): void => {
    if (!node) return;
    const here = parentInside || test(node.callFrame);
    if (here) inside.add(node.id);
    for (const child of node.children ?? []) visit(byId.get(child), here);
  };
  visit(profile.nodes[0], false);
  return inside;
}

function msUnder(profile: CpuProfile, test: (frame: CallFrame) => boolean): number {
  const inside = nodesUnder(profile, test);
  return samplesOf(profile).reduce((sum, { node, ms }) => sum + (inside.has(node.id) ? ms : 0), 0);
}

/** Main-thread ms spent in the script whose URL starts with `prefix`, and in what it called. */
export function scriptMs(profile: CpuProfile, prefix: string): number {
  return msUnder(profile, (frame) => frame.url.startsWith(prefix));
}

/** Where that script's time went, by self time, most first (minified names stay as they are). */
export function topFunctions(profile: CpuProfile, prefix: string, count = 6): { name: string; ms: number }[] {
  const inside = nodesUnder(profile, (frame) => frame.url.startsWith(prefix));
  const totals = new Map<string, number>();
  for (const { node, ms } of samplesOf(profile)) {
    if (!inside.has(node.id)) continue;
    const where = node.callFrame.url.startsWith(prefix) ? 'content.js' : 'native';
    const name = `${node.callFrame.functionName || '(anonymous)'} [${where}]`;
    totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return [...totals.entries()]
    .map(([name, ms]) => ({ name, ms: Math.round(ms * 100) / 100 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}
