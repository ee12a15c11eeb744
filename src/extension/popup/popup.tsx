/**
 * The toolbar popup: the page at a glance. One render per state: reading, cannot read, nothing
 * found, and the summary (people, quotations, toggles, copy).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../core/report';
import { formatDate, t } from '../i18n';
import type { PageState } from '../protocol';
import { request } from '../reply';
import { highlightsOn, hostOf, toggleSite, type Settings } from '../settings';
import { loadTab, type TabDeps } from './load-tab';
import { PeopleList } from './people-list';
import { QuoteList } from './quote-list';
import { summaryJson, summaryMarkdown } from './summary';

export interface PopupDeps extends TabDeps {
  sendToTab: (tabId: number, message: unknown) => Promise<unknown>;
  readSettings: () => Promise<Settings>;
  updateSettings: (change: (current: Settings) => Settings) => Promise<Settings>;
  copy: (text: string) => Promise<void>;
  openOptions: () => void;
}

type View =
  | { kind: 'loading' }
  | { kind: 'analysing' }
  | { kind: 'cannot-read' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; url: string; report: Report; page: PageState | null };

export function Popup({ deps }: { deps: PopupDeps }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    void deps.readSettings().then(setSettings);
    loadTab(deps, () => setView({ kind: 'analysing' }))
      .then(async (state) => {
        if (state.kind === 'cannot-read') return setView({ kind: 'cannot-read' });
        if (state.kind === 'timeout') return setView({ kind: 'cannot-read' });
        const page = await request(deps.sendToTab.bind(null, state.tabId), 'getPageState', {}).catch(() => null);
        setView({ ...state, page });
      })
      .catch((error: unknown) =>
        setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  }, []);

  if (view.kind === 'loading' || view.kind === 'analysing') {
    return (
      <main aria-busy="true">
        <p class="state">{t('popupAnalysing')}</p>
      </main>
    );
  }
  if (view.kind === 'cannot-read')
    return (
      <main>
        <p class="state">{t('popupCannotRead')}</p>
      </main>
    );
  if (view.kind === 'error')
    return (
      <main>
        <p class="state" role="alert">
          {view.message}
        </p>
      </main>
    );

  const { report, tabId, url } = view;
  const host = hostOf(url);
  const reveal = (target: string, step: 'first' | 'next' | 'previous') =>
    void request(deps.sendToTab.bind(null, tabId), 'reveal', { target, step }).catch(() => undefined);
  const change = (update: (s: Settings) => Settings) => void deps.updateSettings(update).then(setSettings);
  const copy = (kind: 'md' | 'json') =>
    void deps.copy(kind === 'md' ? summaryMarkdown(report) : summaryJson(report)).then(() => setCopied(kind));
  const on = settings ? highlightsOn(settings, url) : true;

  return (
    <main>
      <header>
        <h1>{report.title ?? url}</h1>
        <p class="meta">
          {report.publishedAt ? t('popupPublished', formatDate(report.publishedAt)) : t('popupNoDate')}
        </p>
      </header>
      {settings && !settings.enabled && <p class="notice">{t('popupAllOff')}</p>}
      {settings?.enabled && !on && <p class="notice">{t('popupSiteOff')}</p>}
      {view.page && !view.page.canHighlight && <p class="notice">{t('popupNoHighlightApi')}</p>}
      {report.people.length === 0 && report.quotes.length === 0 ? (
        <p class="state">{t('popupNothing')}</p>
      ) : (
        <>
          <h2>
            {t('popupPeople')} ({report.people.length})
          </h2>
          <PeopleList people={report.people} onReveal={reveal} />
          {report.quotes.length > 0 && (
            <>
              <h2>
                {t('popupQuotes')} ({report.quotes.length})
              </h2>
              <QuoteList quotes={report.quotes} onReveal={(index) => reveal(`quote:${String(index)}`, 'first')} />
            </>
          )}
        </>
      )}
      <footer>
        {settings && host && (
          <label class="toggle">
            <input
              type="checkbox"
              checked={!settings.disabledSites.includes(host)}
              onChange={() => change((s) => toggleSite(s, host))}
            />
            {t('popupSiteToggle', host)}
          </label>
        )}
        {settings && (
          <label class="toggle">
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={() => change((s) => ({ ...s, enabled: !s.enabled }))}
            />
            {t('popupGlobalToggle')}
          </label>
        )}
        <div class="actions">
          <button type="button" onClick={() => copy('md')}>
            {copied === 'md' ? t('popupCopied') : t('popupCopyMarkdown')}
          </button>
          <button type="button" onClick={() => copy('json')}>
            {copied === 'json' ? t('popupCopied') : t('popupCopyJson')}
          </button>
          <button type="button" class="link" onClick={deps.openOptions}>
            {t('popupOptions')}
          </button>
        </div>
      </footer>
    </main>
  );
}
