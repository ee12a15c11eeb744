/**
 * collect: DOM -> TextSnapshot. One string with block (paragraph) boundaries, and the text nodes
 * it came from, so a mention's offsets map back to a DOM Range. Inline elements join
 * (`<a><span>Sergei</span> Shoigu</a>` reads "Sergei Shoigu"); scripts, styles, form fields,
 * editable regions, code and hidden elements are skipped; open shadow roots are read where they
 * show. Walks without recursion, so 20,000-deep pages are fine. Takes the document as a
 * parameter: no globals.
 */
import type { PageText } from '../core/report';

export interface TextSnapshot extends PageText {
  /** The text nodes in order; segment i covers text[start, start + node.data.length). */
  segments: { start: number; node: Text }[];
}

export interface CollectOptions {
  /** Tells hidden elements; the default reads the `hidden` attribute and inline styles. */
  isHidden?: (element: Element) => boolean;
  /** Stop before the text node that would take the text past this many characters. @default 5_000_000 */
  maxChars?: number;
  /** For startCollect: nodes read between two asks whether to go on (asking reads a clock). @default 256 */
  nodesPerAsk?: number;
}

const ELEMENT = 1;
const TEXT = 3;
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'code',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
  'kbd',
  'samp',
  'dramatis-card',
]);
const INLINE = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'mark',
  'abbr',
  'cite',
  'q',
  'sub',
  'sup',
  'time',
  'font',
  'bdi',
  'bdo',
  'label',
  'data',
  'var',
  'del',
  'ins',
  'wbr',
  'dfn',
  'nobr',
  'img',
  // display: contents by default: a slot's nodes flow in the text around it.
  'slot',
]);

/** The default hidden test: works without layout (the CLI, DOM tests). */
export function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function skipped(element: Element, isHidden: (element: Element) => boolean): boolean {
  if (SKIPPED.has(element.localName)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return isHidden(element);
}

/** Form controls split the text around them: "Comment [box] Name" is two labels, not a name. */
const SEPARATING = new Set(['input', 'textarea', 'select', 'button']);

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT && !INLINE.has((node as Element).localName);
}

/**
 * The children the reader sees: an open shadow root's instead of the host's own (those show only
 * through the root's slots), and a slot's assigned nodes (or, when none, its fallback content).
 * Closed shadow roots are the page's to keep: their hosts are read as they are. `slotted` keeps a
 * node from being read twice where a DOM assigns it to two slots (linkedom does; browsers do not).
 */
function shownChildren(node: Node, slotted: Set<Node>, block: boolean): Level {
  const element = node as Element & { shadowRoot?: ShadowRoot | null };
  if (element.shadowRoot) return { list: null, index: 0, next: element.shadowRoot.firstChild, block };
  const slot = node as Partial<HTMLSlotElement>;
  if (element.localName === 'slot' && typeof slot.assignedNodes === 'function') {
    const assigned = slot.assignedNodes().filter((child) => !slotted.has(child));
    for (const child of assigned) slotted.add(child);
    if (assigned.length > 0) return { list: assigned, index: 0, next: null, block };
  }
  return { list: null, index: 0, next: node.firstChild, block };
}

/**
 * One element being walked, and whether it is a block. Children are followed by their sibling
 * links (no NodeList per element); a slot's assigned nodes are a list.
 */
interface Level {
  list: readonly Node[] | null;
  index: number;
  next: Node | null;
  block: boolean;
}

/** The next child of a level, or null when it has none left. */
function nextChild(level: Level): Node | null {
  if (level.list) return level.list[level.index++] ?? null;
  const node = level.next;
  if (node) level.next = node.nextSibling;
  return node;
}

/** A collect that can stop and go on later: the content script reads a long page in slices. */
export interface Collector {
  /**
   * Reads on while `more()` is true (asked every few hundred nodes); returns true once the whole
   * page is read. A page that changes between runs is read as each node is when reached (a node
   * removed meanwhile ends its parent's list); the page watcher rescans after changes.
   */
  run: (more: () => boolean) => boolean;
  /** The text read so far; whole once run() returned true. */
  snapshot(): TextSnapshot;
}

/**
 * Starts collecting the readable text below `root` (usually document.body), open shadow roots
 * included. Every text node is one segment: a text node that would take the text past `maxChars`
 * ends it.
 */
export function startCollect(root: Node, options: CollectOptions = {}): Collector {
  const isHidden = options.isHidden ?? hiddenByMarkup;
  const maxChars = options.maxChars ?? 5_000_000;
  const nodesPerAsk = Math.max(1, options.nodesPerAsk ?? 256);
  const parts: string[] = [];
  const segments: TextSnapshot['segments'] = [];
  const blocks: PageText['blocks'] = [];
  let length = 0;
  let blockStart = 0;
  let done = false;
  const closeBlock = (): void => {
    if (length > blockStart) {
      blocks.push({ start: blockStart, end: length });
      parts.push('\n');
      length += 1;
    }
    blockStart = length;
  };

  // An explicit stack instead of recursion: 20,000-deep pages are fine, and a slice can stop anywhere.
  const slotted = new Set<Node>();
  const stack: Level[] = [shownChildren(root, slotted, false)];
  const run = (more: () => boolean): boolean => {
    let untilAsk = nodesPerAsk;
    while (!done && stack.length > 0) {
      if (--untilAsk === 0) {
        if (!more()) return false;
        untilAsk = nodesPerAsk;
      }
      const level = stack[stack.length - 1] as Level;
      const node = nextChild(level);
      if (!node) {
        stack.pop();
        if (level.block) closeBlock();
        continue;
      }
      if (node.nodeType === TEXT) {
        const text = node as Text;
        if (text.data.length === 0) continue;
        if (length + text.data.length > maxChars) break;
        segments.push({ start: length, node: text });
        parts.push(text.data);
        length += text.data.length;
      } else if (node.nodeType === ELEMENT && SEPARATING.has((node as Element).localName)) {
        closeBlock();
      } else if (node.nodeType === ELEMENT && !skipped(node as Element, isHidden)) {
        const block = isBlock(node);
        if (block) closeBlock();
        const children = shownChildren(node, slotted, block);
        if (children.next || (children.list && children.list.length > 0)) stack.push(children);
        else if (block) closeBlock();
      }
    }
    if (!done) {
      done = true;
      closeBlock();
    }
    return true;
  };
  return { run, snapshot: () => ({ text: parts.join(''), blocks, segments }) };
}

/** Collects the readable text below `root` in one go (see startCollect). */
export function collect(root: Node, options: CollectOptions = {}): TextSnapshot {
  const collector = startCollect(root, options);
  collector.run(() => true);
  return collector.snapshot();
}

/**
 * The text node and offset in it of a text offset, or null for offsets between blocks. At a
 * boundary between two nodes, a range start belongs to the next node and a range end to the
 * previous one, so a range never starts or ends on a neighbour's edge.
 */
export function locate(
  snapshot: TextSnapshot,
  offset: number,
  edge: 'start' | 'end' = 'start',
): { node: Text; offset: number } | null {
  const { segments } = snapshot;
  // The last segment that begins at or before (start) / strictly before (end) the offset.
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const begins = (segments[mid] as TextSnapshot['segments'][number]).start;
    if (edge === 'start' ? begins <= offset : begins < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const segment = segments[found];
  if (!segment || offset - segment.start > segment.node.data.length) return null;
  return { node: segment.node, offset: offset - segment.start };
}
