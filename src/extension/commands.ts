/** The keyboard command that switches highlights for the current site (see wxt.config.ts). */
export const TOGGLE_SITE_COMMAND = 'toggle-site-highlights';
