/**
 * The browser's hidden test for collect: no box, or invisible. `display: contents` elements have
 * no box of their own but show their children, so they are not hidden.
 */
export function hiddenInLayout(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof (element as HTMLElement).checkVisibility !== 'function') return false;
  if ((element as HTMLElement).checkVisibility({ visibilityProperty: true })) return false;
  return view.getComputedStyle(element).display !== 'contents';
}
