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
}

const ELEMENT = 1;
const TEXT = 3;
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'KBD',
  'SAMP',
  'DRAMATIS-CARD',
]);
const INLINE = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'S',
  'SMALL',
  'MARK',
  'ABBR',
  'CITE',
  'Q',
  'SUB',
  'SUP',
  'TIME',
  'FONT',
  'BDI',
  'BDO',
  'LABEL',
  'DATA',
  'VAR',
  'DEL',
  'INS',
  'WBR',
  'DFN',
  'NOBR',
  'IMG',
  // display: contents by default: a slot's nodes flow in the text around it.
  'SLOT',
]);

/** The default hidden test: works without layout (the CLI, DOM tests). */
export function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function skipped(element: Element, isHidden: (element: Element) => boolean): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return isHidden(element);
}

/** Form controls split the text around them: "Comment [box] Name" is two labels, not a name. */
const SEPARATING = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT && !INLINE.has((node as Element).tagName.toUpperCase());
}

/**
 * The children the reader sees: an open shadow root's instead of the host's own (those show only
 * through the root's slots), and a slot's assigned nodes (or, when none, its fallback content).
 * Closed shadow roots are the page's to keep: their hosts are read as they are. `slotted` keeps a
 * node from being read twice where a DOM assigns it to two slots (linkedom does; browsers do not).
 */
function shownChildren(node: Node, slotted: Set<Node>): ArrayLike<Node> {
  const element = node as Element & { shadowRoot?: ShadowRoot | null };
  if (element.shadowRoot) return element.shadowRoot.childNodes;
  const slot = node as Partial<HTMLSlotElement>;
  if (element.tagName?.toUpperCase() === 'SLOT' && typeof slot.assignedNodes === 'function') {
    const assigned = slot.assignedNodes().filter((child) => !slotted.has(child));
    for (const child of assigned) slotted.add(child);
    if (assigned.length > 0) return assigned;
  }
  return node.childNodes;
}

/** One element being walked: its children, the next one to read, and whether it is a block. */
interface Level {
  children: ArrayLike<Node>;
  next: number;
  block: boolean;
}

/**
 * Collects the readable text below `root` (usually document.body), open shadow roots included.
 * Every text node is one segment: a text node that would take the text past `maxChars` ends it.
 */
export function collect(root: Node, options: CollectOptions = {}): TextSnapshot {
  const isHidden = options.isHidden ?? hiddenByMarkup;
  const maxChars = options.maxChars ?? 5_000_000;
  const parts: string[] = [];
  const segments: TextSnapshot['segments'] = [];
  const blocks: PageText['blocks'] = [];
  let length = 0;
  let blockStart = 0;
  const closeBlock = (): void => {
    if (length > blockStart) {
      blocks.push({ start: blockStart, end: length });
      parts.push('\n');
      length += 1;
    }
    blockStart = length;
  };

  // An explicit stack instead of recursion: 20,000-deep pages are fine.
  const slotted = new Set<Node>();
  const stack: Level[] = [{ children: shownChildren(root, slotted), next: 0, block: false }];
  while (stack.length > 0) {
    const level = stack[stack.length - 1] as Level;
    const node = level.children[level.next++];
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
    } else if (node.nodeType === ELEMENT && SEPARATING.has((node as Element).tagName.toUpperCase())) {
      closeBlock();
    } else if (node.nodeType === ELEMENT && !skipped(node as Element, isHidden)) {
      const block = isBlock(node);
      if (block) closeBlock();
      const children = shownChildren(node, slotted);
      if (children.length > 0) stack.push({ children, next: 0, block });
      else if (block) closeBlock();
    }
  }
  closeBlock();
  return { text: parts.join(''), blocks, segments };
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
