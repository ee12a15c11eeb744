/**
 * collect: DOM -> TextSnapshot. One string with block (paragraph) boundaries, and the text nodes
 * it came from, so a mention's offsets map back to a DOM Range. Inline elements join
 * (`<a><span>Sergei</span> Shoigu</a>` reads "Sergei Shoigu"); scripts, styles, form fields,
 * editable regions, code and hidden elements are skipped. Walks without recursion, so
 * 20,000-deep pages are fine. Takes the document as a parameter: no globals.
 */
import type { PageText } from '../core/report';

export interface TextSnapshot extends PageText {
  /** The text nodes in order; segment i covers text[start, start + node.data.length). */
  segments: { start: number; node: Text }[];
}

export interface CollectOptions {
  /** Tells hidden elements; the default reads the `hidden` attribute and inline styles. */
  isHidden?: (element: Element) => boolean;
  /** Stop after this many characters of text (huge pages). @default 5_000_000 */
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

/** Collects the readable text below `root` (usually document.body). */
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

  let node: Node | null = root.firstChild;
  while (node && length < maxChars) {
    let descend = false;
    if (node.nodeType === TEXT) {
      const text = node as Text;
      if (text.data.length > 0) {
        segments.push({ start: length, node: text });
        parts.push(text.data);
        length += text.data.length;
      }
    } else if (node.nodeType === ELEMENT && SEPARATING.has((node as Element).tagName.toUpperCase())) {
      closeBlock();
    } else if (node.nodeType === ELEMENT && !skipped(node as Element, isHidden)) {
      if (isBlock(node)) closeBlock();
      descend = node.firstChild !== null;
      if (!descend && isBlock(node)) closeBlock();
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isBlock(node)) closeBlock();
    }
    node = node && node !== root ? node.nextSibling : null;
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
