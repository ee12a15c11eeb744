import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect, locate, startCollect, type TextSnapshot } from '../../src/page/collect';

/** A random piece of markup: text, or an element with children and maybe an open shadow root. */
type Tree = { text: string } | { tag: string; children: Tree[]; shadow: Tree[] | null };

const INLINE = ['span', 'a', 'em', 'b', 'q', 'sub', 'mark', 'slot'];
const BLOCK = ['div', 'p', 'section', 'li', 'h2', 'blockquote', 'br'];
// Letters, spaces and newlines, and what makes offsets hard: zero-width characters, soft hyphens,
// combining marks, astral characters, quote marks.
const text = fc.string({
  unit: fc.constantFrom('a', 'B', 'ё', 'ש', ' ', '\n', '\u200B', '\u00AD', '\u0301', '😀', '“', '.'),
  maxLength: 10,
});

const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    text.map((t) => ({ text: t })),
    tie('element'),
  ),
  element: fc.record({
    tag: fc.constantFrom(...INLINE, ...BLOCK),
    children: fc.array(tie('tree'), { maxLength: 4 }),
    shadow: fc.option(fc.array(tie('tree'), { maxLength: 3 }), { freq: 4, nil: null }),
  }),
}));

function build(doc: Document, parent: Node, node: Tree): void {
  if ('text' in node) {
    parent.appendChild(doc.createTextNode(node.text));
    return;
  }
  const element = doc.createElement(node.tag);
  for (const child of node.children) build(doc, element, child);
  if (node.shadow) {
    const root = element.attachShadow({ mode: 'open' });
    for (const child of node.shadow) build(doc, root, child);
  }
  parent.appendChild(element);
}

function bodyOf(trees: Tree[]): HTMLElement {
  const { document } = parseHTML('<html><body></body></html>');
  for (const node of trees) build(document, document.body, node);
  return document.body;
}

function snapshotOf(trees: Tree[]): TextSnapshot {
  return collect(bodyOf(trees));
}

/** The text between two located positions, read node by node along the snapshot's segments. */
function textBetween(snapshot: TextSnapshot, from: { node: Text; offset: number }, to: { node: Text; offset: number }) {
  const first = snapshot.segments.findIndex((s) => s.node === from.node);
  const last = snapshot.segments.findIndex((s) => s.node === to.node);
  let out = '';
  for (let i = first; i <= last; i++) {
    const data = (snapshot.segments[i] as TextSnapshot['segments'][number]).node.data;
    out += data.slice(i === first ? from.offset : 0, i === last ? to.offset : data.length);
  }
  return out;
}

const page = fc.array(tree, { minLength: 1, maxLength: 5 });

describe('collect, for any nesting of inline and block markup and shadow roots', () => {
  it('maps every text node to exactly its place in the text, inside one block', () => {
    fc.assert(
      fc.property(page, (trees) => {
        const snapshot = snapshotOf(trees);
        let previousEnd = 0;
        for (const { start, node } of snapshot.segments) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(snapshot.text.slice(start, start + node.data.length)).toBe(node.data);
          const block = snapshot.blocks.find((b) => b.start <= start && start + node.data.length <= b.end);
          expect(block).toBeDefined();
          previousEnd = start + node.data.length;
        }
        // Between blocks there is exactly one separator, and nothing else.
        snapshot.blocks.forEach((block, i) => {
          expect(snapshot.text.charAt(block.end)).toBe('\n');
          expect(snapshot.blocks[i + 1]?.start ?? snapshot.text.length).toBe(block.end + 1);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same in slices of any size as in one go', () => {
    fc.assert(
      fc.property(
        page,
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (trees, every, answers) => {
          const body = bodyOf(trees);
          const whole = collect(body);
          const collector = startCollect(body, { nodesPerAsk: every });
          let asked = 0;
          let runs = 0;
          // Each run stops at the first "no"; a run that is always told "yes" finishes.
          while (!collector.run(() => answers[asked++] ?? true)) {
            runs++;
            expect(runs).toBeLessThan(100_000);
          }
          expect(collector.run(() => true)).toBe(true);
          const sliced = collector.snapshot();
          expect(sliced.text).toBe(whole.text);
          expect(sliced.blocks).toEqual(whole.blocks);
          expect(sliced.segments.map((s) => [s.start, s.node])).toEqual(whole.segments.map((s) => [s.start, s.node]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('locates every span of a block back to exactly its text', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), (trees, a, b) => {
        const snapshot = snapshotOf(trees);
        for (const block of snapshot.blocks) {
          const width = block.end - block.start + 1;
          const [start, end] = [block.start + (a % width), block.start + (b % width)].sort((x, y) => x - y) as [
            number,
            number,
          ];
          const from = locate(snapshot, start);
          const to = locate(snapshot, end, 'end');
          if (start === end) continue;
          expect(from && to).toBeTruthy();
          if (!from || !to) continue;
          // A range never starts at the end of a node, nor ends at the start of one.
          expect(from.offset).toBeLessThan(from.node.data.length);
          expect(to.offset).toBeGreaterThan(0);
          expect(textBetween(snapshot, from, to)).toBe(snapshot.text.slice(start, end));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads light markup in document order, every text node once', () => {
    const light = fc.array(
      tree.filter((t) => !JSON.stringify(t).includes('"shadow":[')),
      { minLength: 1, maxLength: 5 },
    );
    const texts = (node: Tree): string[] => ('text' in node ? [node.text] : node.children.flatMap(texts));
    fc.assert(
      fc.property(light, (trees) => {
        const snapshot = snapshotOf(trees);
        expect(snapshot.segments.map((s) => s.node.data).join('')).toBe(trees.flatMap(texts).join(''));
      }),
      { numRuns: 300 },
    );
  });
});
