/**
 * The options page: highlight style and colour, what to mark, the sites where Dramatis is off,
 * and the dataset's size and as-of date. Every change is saved at once and reaches open tabs.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate, t } from '../i18n';
import type { DatasetInfo } from '../protocol';
import { request } from '../reply';
import { HIGHLIGHT_COLOURS, HIGHLIGHT_STYLES, type Settings } from '../settings';

export interface OptionsDeps {
  send: (message: unknown) => Promise<unknown>;
  readSettings: () => Promise<Settings>;
  updateSettings: (change: (current: Settings) => Settings) => Promise<Settings>;
}

export function Options({ deps }: { deps: OptionsDeps }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dataset, setDataset] = useState<DatasetInfo | null>(null);
  useEffect(() => {
    void deps.readSettings().then(setSettings);
    void request(deps.send, 'getDatasetInfo', {})
      .then(setDataset)
      .catch(() => undefined);
  }, []);
  if (!settings) return <main />;
  const change = (update: Partial<Settings> | ((s: Settings) => Settings)) =>
    void deps.updateSettings((s) => (typeof update === 'function' ? update(s) : { ...s, ...update })).then(setSettings);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <label>
          <input type="checkbox" checked={settings.enabled} onChange={() => change({ enabled: !settings.enabled })} />
          {t('optionsEnabled')}
        </label>
        <label>
          {t('optionsStyle')}
          <select
            value={settings.style}
            onChange={(e) => change({ style: e.currentTarget.value as Settings['style'] })}
          >
            {HIGHLIGHT_STYLES.map((style) => (
              <option key={style} value={style}>
                {t(style === 'background' ? 'optionsStyleBackground' : 'optionsStyleUnderline')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('optionsColour')}
          <select
            value={settings.colour}
            onChange={(e) => change({ colour: e.currentTarget.value as Settings['colour'] })}
          >
            {HIGHLIGHT_COLOURS.map((colour) => (
              <option key={colour} value={colour}>
                {colour}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.showUnknown}
            onChange={() => change({ showUnknown: !settings.showUnknown })}
          />
          {t('optionsShowUnknown')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.showQuotes}
            onChange={() => change({ showQuotes: !settings.showQuotes })}
          />
          {t('optionsShowQuotes')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsSitesOff')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('optionsNoSitesOff')}</p>
        ) : (
          <ul>
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}
                <button
                  type="button"
                  aria-label={t('optionsRemoveSite', site)}
                  onClick={() => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {dataset && <p class="muted">{t('optionsDataset', dataset.people.toLocaleString(), formatDate(dataset.asOf))}</p>}
    </main>
  );
}
