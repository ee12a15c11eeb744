/**
 * Hover cards: after a short hover-intent delay on a highlighted name, a card beside the word.
 * It stays while the pointer moves into it, and closes on Escape or after a grace period once
 * the pointer has left both. Pointer moves are only recorded in the listener; the hit test runs
 * once per animation frame. Everything hangs on `signal`, so an unloaded script leaves nothing.
 */
import { render } from 'preact';
import type { Report } from '../../core/report';
import { CARD_CSS } from '../card/card-style';
import { PersonCard } from '../card/person-card';
import { placeCard } from '../card/place-card';
import type { MentionAt, MentionMap } from './mention-map';

const INTENT_MS = 300;
const GRACE_MS = 350;
/** The tag of the card's host element; collect skips it. */
export const CARD_TAG = 'dramatis-card';

export interface HoverDeps {
  win: Window;
  signal: AbortSignal;
  current: () => { map: MentionMap; report: Report } | null;
}

/** Starts watching the pointer; returns a function that closes any open card. */
export function startHoverCards({ win, signal, current }: HoverDeps): () => void {
  const doc = win.document;
  let frame: HTMLDivElement | null = null;
  let shown: MentionAt | null = null;
  let pending: MentionAt | null = null;
  let intent = 0;
  let grace = 0;
  let scheduled = false;
  let point = { x: 0, y: 0 };
  let insideCard = false;

  const ensureFrame = (): HTMLDivElement => {
    if (frame?.isConnected) return frame;
    const host = doc.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    frame = doc.createElement('div');
    frame.className = 'frame';
    frame.addEventListener('pointerenter', () => {
      insideCard = true;
      win.clearTimeout(grace);
    });
    frame.addEventListener('pointerleave', () => {
      insideCard = false;
      grace = win.setTimeout(close, GRACE_MS);
    });
    root.append(style, frame);
    doc.documentElement.append(host);
    return frame;
  };

  const show = (target: MentionAt, report: Report): void => {
    const element = ensureFrame();
    render(<PersonCard person={target.person} report={report} />, element);
    const anchor = target.range.getBoundingClientRect();
    const size = element.getBoundingClientRect();
    const place = placeCard(anchor, size, { width: win.innerWidth, height: win.innerHeight });
    element.style.left = `${String(place.left)}px`;
    element.style.top = `${String(place.top)}px`;
    element.classList.add('open');
    shown = target;
  };

  function close(): void {
    win.clearTimeout(intent);
    win.clearTimeout(grace);
    pending = null;
    if (!shown || !frame) return;
    frame.classList.remove('open');
    render(null, frame);
    shown = null;
  }

  const check = (): void => {
    scheduled = false;
    const state = current();
    const hit = state ? state.map.at(point.x, point.y) : null;
    if (hit && shown && hit.person.key === shown.person.key) {
      win.clearTimeout(grace);
      return;
    }
    if (hit) {
      if (pending?.person.key === hit.person.key) return;
      pending = hit;
      win.clearTimeout(intent);
      intent = win.setTimeout(() => {
        const latest = current();
        if (pending && latest) show(pending, latest.report);
      }, INTENT_MS);
      return;
    }
    pending = null;
    win.clearTimeout(intent);
    if (shown && !insideCard) {
      win.clearTimeout(grace);
      grace = win.setTimeout(close, GRACE_MS);
    }
  };

  const options = { signal, passive: true };
  doc.addEventListener(
    'pointermove',
    (event) => {
      point = { x: event.clientX, y: event.clientY };
      if (!scheduled) {
        scheduled = true;
        win.requestAnimationFrame(check);
      }
    },
    options,
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && close(), options);
  win.addEventListener('scroll', close, options);
  signal.addEventListener('abort', () => {
    close();
    const root = frame?.getRootNode();
    if (root instanceof ShadowRoot) root.host.remove();
  });
  return close;
}
