/**
 * The reader's settings: one versioned storage item. Whatever is stored is read through
 * `normalizeSettings`, so a corrupt or partial value falls back field by field and nothing the
 * reader set is lost; a future version adds a migration to `SETTINGS_MIGRATIONS`.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, HIGHLIGHT_COLOURS, HIGHLIGHT_STYLES, type Settings } from './settings-values';

export * from './settings-values';

export const SETTINGS_VERSION = 1;
/** Version -> migration from the version before; none yet. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;
const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** Any stored value -> valid settings: unknown fields dropped, bad fields replaced by defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : [];
  return {
    enabled: bool(value.enabled, DEFAULT_SETTINGS.enabled),
    disabledSites: [...new Set(sites.filter((s): s is string => typeof s === 'string' && isHostName(s)))],
    style: oneOf(HIGHLIGHT_STYLES, value.style, DEFAULT_SETTINGS.style),
    colour: oneOf(HIGHLIGHT_COLOURS, value.colour, DEFAULT_SETTINGS.colour),
    showUnknown: bool(value.showUnknown, DEFAULT_SETTINGS.showUnknown),
    showQuotes: bool(value.showQuotes, DEFAULT_SETTINGS.showQuotes),
  };
}

/** Reads the settings, never failing: storage errors give the defaults. */
export async function readSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Applies a change to the stored settings and returns the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await readSettings()));
  await settingsItem.setValue(next);
  return next;
}

function isHostName(value: string): boolean {
  return /^[a-z0-9.-]{1,253}$/i.test(value);
}

/** The host name of a page address, or null for pages that have none (file:, about:). */
export function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Whether highlights are on for a page. */
export function highlightsOn(settings: Settings, url: string): boolean {
  const host = hostOf(url);
  return settings.enabled && (host === null || !settings.disabledSites.includes(host));
}

/** Switches highlights for one site. */
export function toggleSite(settings: Settings, host: string): Settings {
  const off = settings.disabledSites.includes(host);
  return {
    ...settings,
    disabledSites: off ? settings.disabledSites.filter((s) => s !== host) : [...settings.disabledSites, host],
  };
}
