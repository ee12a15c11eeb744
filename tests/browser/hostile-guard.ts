/**
 * The page's own watchman. Every hostile page installs it first thing in <head>, before the
 * extension's content script can run: it records every change to the page's nodes that the page
 * did not make itself, keeps a heartbeat to see the page stay responsive, notes when Dramatis
 * first painted, and reads the page's text (text nodes, open and closed shadow roots it was told
 * about, form values). The page makes its own changes inside `own(...)`, so what is left is
 * someone else's: the extension's, or the test's typing.
 */

export interface Guard {
  /** Runs one of the page's own changes; its mutation records are not kept. */
  own(change: () => void): void;
  /** Also watches (and reads) a shadow root the page attached. */
  observe(root: ShadowRoot): void;
  /** Mutations nobody announced: "childList HTML +[DRAMATIS-CARD] -[]". */
  foreign(): string[];
  /** Every text node's data and every form field's value, in document order. */
  text(): string;
  /** Remembers the text as it is now. */
  keepText(): void;
  /** Null while the text is what `keepText` saw; otherwise the first difference, in context. */
  textDrift(): string | null;
  /** The longest wait between two heartbeats (ms) since `resetGap`, and when it ended. */
  longestGap(): { ms: number; endedAt: number };
  resetGap(): void;
  /** performance.now() when a Dramatis highlight of people first appeared, or null. */
  paintedAt: number | null;
}

declare global {
  interface Window {
    __guard: Guard;
    /** Set by the hostile markup if it ever runs as HTML. */
    __pwned?: unknown;
  }
}

const BEAT_MS = 25;

/** Runs in the page (serialised into a <script>): installs window.__guard. */
function installGuard(beatMs: number): void {
  const kept: string[] = [];
  const roots: ShadowRoot[] = [];
  const name = (node: Node): string => (node.nodeType === 1 ? (node as Element).tagName : node.nodeName);
  const where = (node: Node): string => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return element?.closest('[contenteditable]') ? 'editable:' : '';
  };
  const note = (records: MutationRecord[]): void => {
    for (const r of records) {
      const added = [...r.addedNodes].map(name).join(',');
      const removed = [...r.removedNodes].map(name).join(',');
      const attribute = r.attributeName ? ` @${r.attributeName}` : '';
      kept.push(`${where(r.target)}${r.type} ${name(r.target)}${attribute} +[${added}] -[${removed}]`);
    }
  };
  const observer = new MutationObserver(note);
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(document, options);
  // What the parser built is the page's own; the extension's content script runs after this.
  const forgetParsing = (): void => {
    observer.takeRecords();
    kept.length = 0;
  };
  document.addEventListener('DOMContentLoaded', forgetParsing, { once: true });

  let last = performance.now();
  let longest = 0;
  let longestEnded = 0;
  let keptText = '';
  const guard: Guard = {
    own: (change) => {
      note(observer.takeRecords());
      try {
        change();
      } finally {
        observer.takeRecords();
      }
    },
    observe: (root) => {
      roots.push(root);
      observer.observe(root, options);
    },
    foreign: () => {
      note(observer.takeRecords());
      return [...kept];
    },
    text: () => {
      const parts: string[] = [];
      const read = (root: Node): void => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          if (node.nodeType === 3) parts.push((node as Text).data);
          else if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
            parts.push(`[${node.value}]`);
          // The extension's own card (allowed on <html>) is not the page's text.
          const shadow = node.nodeType === 1 && node.nodeName !== 'DRAMATIS-CARD' ? (node as Element).shadowRoot : null;
          if (shadow && !roots.includes(shadow)) read(shadow);
        }
      };
      read(document);
      for (const root of roots) read(root);
      return parts.join('\u0001');
    },
    keepText: () => {
      keptText = guard.text();
    },
    textDrift: () => {
      const now = guard.text();
      if (now === keptText) return null;
      let at = 0;
      while (now[at] === keptText[at]) at++;
      return `at ${String(at)}: ${JSON.stringify(keptText.slice(Math.max(0, at - 20), at + 40))} -> ${JSON.stringify(now.slice(Math.max(0, at - 20), at + 40))}`;
    },
    longestGap: () => ({ ms: longest, endedAt: longestEnded }),
    resetGap: () => {
      longest = 0;
    },
    paintedAt: null,
  };
  const beat = (): void => {
    const now = performance.now();
    // Background tabs are throttled by the browser: only a visible page's gaps count.
    if (document.visibilityState === 'visible' && now - last > longest) {
      longest = now - last;
      longestEnded = now;
    }
    last = now;
    if (guard.paintedAt === null && [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-person')))
      guard.paintedAt = now;
    setTimeout(beat, beatMs);
  };
  setTimeout(beat, beatMs);
  window.__guard = guard;
}

/** The <script> element that installs the guard; put it first in <head>. */
export function guardScript(): string {
  return `<script>(${installGuard.toString()})(${String(BEAT_MS)});</script>`;
}
