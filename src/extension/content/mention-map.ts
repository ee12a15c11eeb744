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

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Builds the hit-test map of one painted report. */
export function createMentionMap(
  doc: Document,
  snapshot: TextSnapshot,
  report: Report,
  visible: (p: PersonFinding) => boolean,
): MentionMap {
  const entries: Entry[] = report.people
    .filter(visible)
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  const nodeStart = new Map<Node, number>(snapshot.segments.map((s) => [s.node, s.start]));

  const caret = (x: number, y: number): { node: Node; offset: number } | null => {
    const d = doc as CaretDocument;
    if (d.caretPositionFromPoint) {
      const position = d.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    const range = d.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  };

  return {
    at: (x, y) => {
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
