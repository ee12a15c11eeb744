import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  readSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  settingsItem,
  type Settings,
} from '../../src/extension/settings';

/**
 * One fixture per settings version: a value as that version stored it, and what reading it must
 * give today. A new version adds its fixture here and its migration to SETTINGS_MIGRATIONS.
 */
const FIXTURES: Record<number, { stored: unknown; read: Settings }> = {
  1: {
    stored: {
      enabled: true,
      disabledSites: ['news.example', 'blog.example.org'],
      style: 'underline',
      colour: 'green',
      showUnknown: false,
      showQuotes: true,
    },
    read: {
      enabled: true,
      disabledSites: ['news.example', 'blog.example.org'],
      style: 'underline',
      colour: 'green',
      showUnknown: false,
      showQuotes: true,
    },
  },
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings, version by version', () => {
  it.each(Object.entries(FIXTURES))('reads a version %s value', async (version, { stored, read }) => {
    expect(normalizeSettings(stored)).toEqual(read);
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: Number(version) } });
    expect(normalizeSettings(await settingsItem.getValue())).toEqual(read);
    expect(await readSettings()).toEqual(read);
  });

  it('walks every migration from version 1 to the current version', async () => {
    const versions = Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1);
    // A fixture for every version, and a migration into every version after the first: no gaps.
    expect(
      Object.keys(FIXTURES)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(versions);
    expect(
      Object.keys(SETTINGS_MIGRATIONS)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(versions.slice(1));
    for (const from of versions) {
      let value = (FIXTURES[from] as { stored: unknown }).stored;
      for (let to = from + 1; to <= SETTINGS_VERSION; to++) {
        const migrate = SETTINGS_MIGRATIONS[to];
        expect(migrate, `a migration to version ${String(to)}`).toBeTypeOf('function');
        value = await (migrate as (old: unknown) => unknown)(value);
      }
      // Migrated to today's shape, every field the reader set survives.
      expect(normalizeSettings(value)).toEqual((FIXTURES[from] as { read: Settings }).read);
    }
  });
});

describe('corrupt settings fall back field by field', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'enabled'],
    ['a number', 42],
    ['a list', [true, 'underline']],
    [
      'every field of the wrong type',
      { enabled: 'yes', disabledSites: 'a.example', style: 1, colour: [], showUnknown: 0, showQuotes: 'no' },
    ],
  ])('%s gives the defaults', async (_name, stored) => {
    expect(normalizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['enabled', { enabled: 'false', colour: 'pink' }, { colour: 'pink' }],
    ['disabledSites', { disabledSites: { 0: 'a.example' }, showQuotes: true }, { showQuotes: true }],
    ['style', { style: 'wavy', colour: 'blue' }, { colour: 'blue' }],
    ['colour', { colour: 'octarine', style: 'underline' }, { style: 'underline' }],
    ['showUnknown', { showUnknown: 'no', enabled: false }, { enabled: false }],
    ['showQuotes', { showQuotes: 1, showUnknown: false }, { showUnknown: false }],
  ])('a bad %s falls back alone', (_field, stored, kept) => {
    expect(normalizeSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...kept });
  });

  it('drops unknown fields, and sites that are not host names', () => {
    const stored = {
      ...FIXTURES[1]?.read,
      theme: 'dark',
      __proto__polluted: true,
      disabledSites: ['ok.example', 'ok.example', 7, null, 'not a host', 'javascript:alert(1)', 'x'.repeat(300)],
    };
    expect(normalizeSettings(stored)).toEqual({ ...FIXTURES[1]?.read, disabledSites: ['ok.example'] });
    expect(Object.keys(normalizeSettings(stored)).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});
