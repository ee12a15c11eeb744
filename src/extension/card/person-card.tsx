/**
 * The hover card: who a person is, the role they held when the article was published, the role
 * they hold now, how the article describes them, and what they are quoted as saying on the page.
 * One render function per kind of person (in the dataset, not in it).
 */
import type { PersonFinding, QuoteFinding, Report } from '../../core/report';
import { countryName, formatDate, t } from '../i18n';

export interface PersonCardProps {
  person: PersonFinding;
  report: Report;
}

const QUOTES_SHOWN = 3;

/** The card for one person on the page. */
export function PersonCard({ person, report }: PersonCardProps) {
  const quotes = report.quotes.filter((q) => q.speaker?.key === person.key);
  return (
    <div class="card" role="dialog" aria-label={person.name}>
      <header>
        <h2 class="name">{person.name}</h2>
        {person.entityId ? <KnownFacts person={person} report={report} /> : <UnknownFacts person={person} />}
      </header>
      {quotes.length > 0 && <Quotes quotes={quotes} />}
      {person.fuzzyForms.length > 0 && (
        <p class="fuzzy">{t('cardMatched', person.fuzzyForms.join('”, “'), Math.round(person.confidence * 100))}</p>
      )}
      <footer>{t('cardAsOf', formatDate(report.datasetAsOf))}</footer>
    </div>
  );
}

function KnownFacts({ person, report }: PersonCardProps) {
  const then = formatDate(report.resolvedAt);
  const changed = person.currentRole !== person.roleAtPublication;
  const life = [
    person.country ? countryName(person.country) : null,
    person.born ? t('cardBorn', formatDate(person.born)) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {person.roleAtPublication ? (
        <p class="role">
          {person.roleAtPublication} <span class="when">{t('cardRoleOn', then)}</span>
        </p>
      ) : (
        <p class="role none">{t('cardNoRoleThen', then)}</p>
      )}
      {person.died ? (
        <p class="now">{t('cardDied', formatDate(person.died))}</p>
      ) : (
        changed && person.currentRole && <p class="now">{t('cardNow', person.currentRole)}</p>
      )}
      {person.description && <p class="description">{person.description}</p>}
      {life && <p class="life">{life}</p>}
      {person.pageContext && <p class="context">{t('cardDescribedAs', person.pageContext)}</p>}
    </>
  );
}

function UnknownFacts({ person }: { person: PersonFinding }) {
  return (
    <>
      <p class="role none">{t('cardNotInDataset')}</p>
      {person.pageContext && <p class="context">{t('cardArticleSays', person.pageContext)}</p>}
    </>
  );
}

function Quotes({ quotes }: { quotes: QuoteFinding[] }) {
  return (
    <section class="quotes">
      <h3>{t('cardQuotes')}</h3>
      <ul>
        {quotes.slice(0, QUOTES_SHOWN).map((quote) => (
          <li key={quote.start}>“{shorten(quote.text, 160)}”</li>
        ))}
      </ul>
      {quotes.length > QUOTES_SHOWN && <p class="more">{t('cardMoreQuotes', quotes.length - QUOTES_SHOWN)}</p>}
    </section>
  );
}

/** Text cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
