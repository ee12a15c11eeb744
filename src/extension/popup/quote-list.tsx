/**
 * The popup's quotations in reading order, each with its speaker and kind; a click scrolls to it.
 */
import type { QuoteFinding } from '../../core/report';
import { shorten } from '../card/person-card';
import { t } from '../i18n';

const KIND_LABEL = { direct: 'kindDirect', partial: 'kindPartial', scare: 'kindScare' } as const;

export interface QuoteListProps {
  quotes: QuoteFinding[];
  onReveal: (index: number) => void;
}

export function QuoteList({ quotes, onReveal }: QuoteListProps) {
  return (
    <ol class="quotes" aria-label={t('popupQuotes')}>
      {quotes.map((quote, index) => (
        <li key={quote.start} class={`quote ${quote.kind}`}>
          <button type="button" class="reveal" onClick={() => onReveal(index)}>
            <span class="speaker">
              {quote.speaker?.name ?? quote.speaker?.description ?? t('popupUnattributed')}
              <span class="kind"> · {t(KIND_LABEL[quote.kind])}</span>
            </span>
            <span class="text">“{shorten(quote.text, 180)}”</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
