/**
 * The popup's people: in order of appearance, with the role at publication and counts. A click
 * scrolls the page to the person; the arrows step through their mentions.
 */
import type { PersonFinding } from '../../core/report';
import { t } from '../i18n';

export interface PeopleListProps {
  people: PersonFinding[];
  onReveal: (key: string, step: 'first' | 'next' | 'previous') => void;
}

export function PeopleList({ people, onReveal }: PeopleListProps) {
  return (
    <ul class="people" aria-label={t('popupPeople')}>
      {people.map((person) => (
        <li key={person.key} class={person.entityId ? 'person' : 'person unknown'}>
          <button type="button" class="reveal" onClick={() => onReveal(person.key, 'first')}>
            <span class="name">{person.name}</span>
            <span class="role">{person.roleAtPublication ?? person.pageContext ?? t('popupUnknown')}</span>
            <span class="count">
              {person.mentions.length === 1 ? t('popupMention') : t('popupMentions', person.mentions.length)}
              {person.quoteCount > 0 && ` · ${t('popupQuoted', person.quoteCount)}`}
            </span>
          </button>
          {person.mentions.length > 1 && (
            <span class="steps">
              <button
                type="button"
                aria-label={t('popupPrevious', person.name)}
                onClick={() => onReveal(person.key, 'previous')}
              >
                ‹
              </button>
              <button
                type="button"
                aria-label={t('popupNext', person.name)}
                onClick={() => onReveal(person.key, 'next')}
              >
                ›
              </button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
