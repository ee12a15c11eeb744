/**
 * Where the card goes: below the word, or above it when there is no room below; kept inside the
 * viewport horizontally.
 */
const GAP = 8;
const MARGIN = 8;

export interface Placement {
  left: number;
  top: number;
  above: boolean;
}

/** Places a card of `size` beside `anchor` in a viewport of `viewport` (all in CSS px). */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.bottom + GAP;
  const above = viewport.height - below < size.height + MARGIN && anchor.top - GAP - size.height >= MARGIN;
  const top = above
    ? anchor.top - GAP - size.height
    : Math.min(below, Math.max(MARGIN, viewport.height - size.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  return { left, top, above };
}
