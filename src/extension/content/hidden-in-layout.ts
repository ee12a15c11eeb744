/**
 * The browser's hidden test for collect: no box, or invisible. `display: contents` elements have
 * no box of their own but show their children, so they are not hidden. Called for every element
 * collect enters, so it asks the cheap question first and the computed style only of the hidden.
 */
const VISIBILITY = { visibilityProperty: true };

export function hiddenInLayout(element: Element): boolean {
  const check = (element as Partial<HTMLElement>).checkVisibility;
  if (typeof check !== 'function' || check.call(element, VISIBILITY)) return false;
  const view = element.ownerDocument.defaultView;
  return view !== null && view.getComputedStyle(element).display !== 'contents';
}
