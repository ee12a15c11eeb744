/**
 * Which mention is under the pointer. The caret position at the pointer (caretPositionFromPoint,
 * or caretRangeFromPoint in older Chromium) gives a text node and offset; the snapshot turns it
 * into a text offset, and the mention whose range really contains the point wins.
 */
import type { PersonFinding, Report } from '../../core/report';
import type { TextSnapshot } from '../../page/collect';
import { rangeOf } from './paint';

export interface MentionAt {
  person: PersonFinding;
  /** The mention's range on the page, to place the card beside it. */
  range: Range;
}

export interface MentionMap {
  at(x: number, y: number): MentionAt | null;
}

interface Entry {
  start: number;
  end: number;
  person: PersonFinding;
}

const DOCUMENT_FRAGMENT = 11;

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Builds the hit-test map of one painted report. */
export function createMentionMap(
  doc: Document,
  snapshot: TextSnapshot,
  report: Report,
  visible: (p: PersonFinding) => boolean,
): MentionMap {
  // Built at the first hover, not at each paint: a page of 40,000 names repaints at every setting.
  let built: { entries: Entry[]; nodeStart: Map<Node, number>; shadowRoots: ShadowRoot[] } | null = null;
  const index = () =>
    (built ??= {
      entries: report.people
        .filter(visible)
        .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
        .sort((a, b) => a.start - b.start),
      nodeStart: new Map<Node, number>(snapshot.segments.map((s) => [s.node, s.start])),
      // The open shadow roots collect read: the caret finds text inside them only when told of them.
      shadowRoots: [...new Set(snapshot.segments.map((s) => s.node.getRootNode()))].filter(
        (root): root is ShadowRoot => root.nodeType === DOCUMENT_FRAGMENT,
      ),
    });

  const caret = (x: number, y: number): { node: Node; offset: number } | null => {
    const d = doc as CaretDocument;
    if (d.caretPositionFromPoint) {
      const position = d.caretPositionFromPoint(x, y, { shadowRoots: index().shadowRoots });
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    const range = d.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  };

  return {
    at: (x, y) => {
      const { entries, nodeStart } = index();
      const position = caret(x, y);
      const base = position ? nodeStart.get(position.node) : undefined;
      if (!position || base === undefined) return null;
      const offset = base + position.offset;
      for (const entry of candidatesAround(entries, offset)) {
        const range = rangeOf(snapshot, doc, entry.start, entry.end);
        if (
          range &&
          [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
        ) {
          return { person: entry.person, range };
        }
      }
      return null;
    },
  };
}

/** Entries whose span holds `offset` or ends right at it (the caret can sit after the last letter). */
function candidatesAround(entries: Entry[], offset: number): Entry[] {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((entries[mid] as Entry).start <= offset) low = mid + 1;
    else high = mid - 1;
  }
  const found: Entry[] = [];
  for (let i = high; i >= 0 && i >= high - 2; i--) {
    const entry = entries[i] as Entry;
    if (entry.end >= offset) found.push(entry);
  }
  return found;
}
