/**
 * The shape and defaults of the reader's settings, with no storage attached: pages that are not
 * part of the extension (browser tests) can import them; settings.ts adds the storage item.
 */
export const HIGHLIGHT_STYLES = ['background', 'underline'] as const;
export const HIGHLIGHT_COLOURS = ['amber', 'blue', 'green', 'pink'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export interface Settings {
  /** Highlights everywhere. */
  enabled: boolean;
  /** Host names where Dramatis paints nothing. */
  disabledSites: string[];
  style: HighlightStyle;
  colour: HighlightColour;
  /** Mark people who are not in the dataset (quietly). */
  showUnknown: boolean;
  /** Mark quotations (subtly). */
  showQuotes: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  style: 'background',
  colour: 'amber',
  showUnknown: true,
  showQuotes: false,
};
