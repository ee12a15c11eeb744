/**
 * The card's stylesheet, inside its shadow root: px sizes (the page's rem must not scale it),
 * light and dark schemes, and no motion for readers who ask for less.
 */
export const CARD_CSS = `
:host { all: initial; }
.frame {
  position: fixed; z-index: 2147483647; width: 320px; max-width: calc(100vw - 16px);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
  opacity: 0; transform: translateY(4px); transition: opacity 120ms ease-out, transform 120ms ease-out;
}
.frame.open { opacity: 1; transform: none; }
.card {
  box-sizing: border-box; padding: 12px 14px; border-radius: 10px; background: #ffffff;
  border: 1px solid rgba(0, 0, 0, 0.12); box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18);
}
h2 { margin: 0 0 4px; font-size: 15px; font-weight: 650; }
h3 { margin: 10px 0 4px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: #6e6e73; }
p { margin: 0 0 4px; }
.role { font-weight: 550; }
.role.none { font-weight: 400; color: #6e6e73; }
.when, .life, .fuzzy, footer, .more { color: #6e6e73; font-size: 12px; }
.now { color: #8a4b00; }
.description { margin-top: 6px; }
.context { font-style: italic; }
ul { margin: 0; padding: 0 0 0 14px; }
li { margin: 0 0 4px; }
footer { margin-top: 8px; padding-top: 6px; border-top: 1px solid rgba(0, 0, 0, 0.08); font-size: 11px; }
@media (prefers-color-scheme: dark) {
  .frame { color: #f2f2f7; }
  .card { background: #2c2c2e; border-color: rgba(255, 255, 255, 0.14); box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5); }
  h3, .role.none, .when, .life, .fuzzy, footer, .more { color: #a1a1a6; }
  .now { color: #ffb35c; }
  footer { border-top-color: rgba(255, 255, 255, 0.12); }
}
@media (prefers-reduced-motion: reduce) {
  .frame { transition: none; transform: none; }
}
`;
