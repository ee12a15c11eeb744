import { describe, expect, it } from 'vitest';
import { testIndex } from '../fixtures/test-dataset';
import { analyzeText, peopleOf } from './analyze-helpers';

const index = testIndex();
const people = (...paragraphs: string[]) => peopleOf(analyzeText(index, paragraphs));

describe('spot and link: names in the dataset', () => {
  it.each([
    ['Vladimir Putin spoke on Tuesday.', ['vladimir-putin: Vladimir Putin']],
    ['The decree was signed by Vladimir Putin’s office.', ['vladimir-putin: Vladimir Putin']],
    ["Officials close to Vladimir Putin's circle were silent.", ['vladimir-putin: Vladimir Putin']],
    ['Defense Minister Sergei Shoigu flew to the front.', ['sergei-shoigu: Sergei Shoigu']],
    ['VLADIMIR PUTIN ADDRESSES THE NATION', ['vladimir-putin: VLADIMIR PUTIN']],
    ['Владимир Путин выступил с обращением.', ['vladimir-putin: Владимир Путин']],
    ['Про це заявив Володимир Зеленський у Києві.', ['volodymyr-zelensky: Володимир Зеленський']],
    ['Wolodymyr Selenskyj sprach in Kyjiw.', ['volodymyr-zelensky: Wolodymyr Selenskyj']],
  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('link: misspellings and transliterations', () => {
  it.each([
    ['Volodimir Zelenskiy met the troops near Kyiv.', 'volodymyr-zelensky'],
    ['A video from Yevgeniy Prighozin circulated among Wagner fighters.', 'yevgeny-prigozhin'],
    ['Sergey Shoygu inspected the troops.', 'sergei-shoigu'],
  ])('%s', (sentence, id) => {
    const report = analyzeText(index, [sentence]);
    expect(report.people.map((p) => p.entityId)).toEqual([id]);
    expect(report.people[0]?.fuzzyForms.length).toBe(1);
    expect(report.people[0]?.confidence).toBeLessThan(1);
  });
});

describe('not people', () => {
  it.each([
    'Critics called the offensive The Last Hail Mary of the campaign.',
    'Fighters of the Wagner Group crossed the river.',
    'According to a report by Forbes Russia, many left.',
    'Residents of St Petersburg queued for hours.',
    'In May the talks resumed.',
    'The Kremlin said nothing, and the Defense Ministry was silent.',
    'I don’t even know what the publication Forbes is.',
  ])('%s', (sentence) => {
    expect(people(sentence)).toEqual([]);
  });
});

describe('unknown people', () => {
  it('keeps a person the dataset lacks, with the article’s description', () => {
    const report = analyzeText(index, [
      'Marina Kovalenko, a volunteer medic from Kharkiv, was evacuated on Monday. Kovalenko returned a week later.',
    ]);
    expect(report.people).toHaveLength(1);
    expect(report.people[0]).toMatchObject({
      key: 'unknown:marina kovalenko',
      entityId: null,
      name: 'Marina Kovalenko',
      pageContext: 'a volunteer medic from Kharkiv',
    });
    expect(report.people[0]?.mentions.map((m) => m.text)).toEqual(['Marina Kovalenko', 'Kovalenko']);
  });

  it('uses a title before the name as the description', () => {
    const report = analyzeText(index, ['Lieutenant General Oleg Testov said the line held.']);
    expect(report.people[0]).toMatchObject({ name: 'Oleg Testov', pageContext: 'Lieutenant General' });
  });

  it('needs a sign that a capitalised pair is a person', () => {
    expect(people('The campaign Mozhem Obyasnit reported the brawl.')).toEqual([]);
  });
});

describe('corefer', () => {
  it.each([
    [['Sergei Shoigu arrived.', 'Shoigu left an hour later.'], ['sergei-shoigu: Sergei Shoigu, Shoigu']],
    [
      ['Yevgeny Prigozhin posted a video.', 'Prighozin himself filmed it.'],
      ['yevgeny-prigozhin: Yevgeny Prigozhin, Prighozin'],
    ],
    [['In the Kremlin, Putin’s aides were nervous.'], ['vladimir-putin: Putin']],
  ])('%j', (paragraphs, expected) => {
    expect(people(...paragraphs)).toEqual(expected);
  });

  it('does not merge a surname two people on the page share, and follows the nearest', () => {
    const report = analyzeText(index, [
      'Anna Kovac won at Wimbledon, and parliament met a different Anna Kovac later.',
    ]);
    // Two namesakes under one exact name: context cannot split a single page, so the linker
    // either picks by context or leaves them unknown — never two different ids for one string.
    const ids = new Set(report.people.map((p) => p.key));
    expect(ids.size).toBe(1);
  });

  it('leaves an everyday-word surname alone without a full name', () => {
    expect(people('May said the vote would go ahead.')).toEqual([]);
    expect(people('Theresa May said the vote would go ahead. May later resigned.')).toEqual([
      'theresa-may: Theresa May, May',
    ]);
  });

  it('links a lone surname from the dataset only when the page fits the person', () => {
    expect(people('Zelensky spoke to reporters in Kyiv.')).toEqual(['volodymyr-zelensky: Zelensky']);
    expect(people('Novak served and won the first set.')).toEqual([]);
  });
});

describe('namesakes', () => {
  it.each([
    ['Anna Kovac reached the final at Wimbledon after a long tennis season.', 'anna-kovac-tennis'],
    ['Anna Kovac told parliament the ministry would cut spending.', 'anna-kovac-minister'],
  ])('%s', (sentence, id) => {
    expect(analyzeText(index, [sentence], '2019-06-01').people.map((p) => p.entityId)).toEqual([id]);
  });

  it('stays unknown rather than guess when nothing tells namesakes apart', () => {
    const report = analyzeText(index, ['Anna Kovac was seen in town.'], '2019-06-01');
    expect(report.people.map((p) => p.entityId)).toEqual([null]);
  });
});

describe('real-page pitfalls', () => {
  it.each([
    'Amnesty International, a human rights group, condemned the arrests.',
    'The drone maker DJI Opco, a subsidiary, filed the papers.',
    'Volodymyr spoke first; Sergei answered.',
  ])('%s has no people', (sentence) => {
    expect(people(sentence)).toEqual([]);
  });
});

describe('markup whitespace', () => {
  it('reads a title across a line break in the page source', () => {
    const report = analyzeText(index, ['while Defense Minister\n        Sergei Shoigu stayed away']);
    expect(report.people[0]).toMatchObject({ entityId: 'sergei-shoigu', pageContext: 'Defense Minister' });
  });
});

describe('how the article describes people it introduces', () => {
  it.each([
    [
      '“It held,” said Lena Varga, a hydrologist at the University of Testtown.',
      'a hydrologist at the University of Testtown',
    ],
    ['Mikael Orr, 61, who ran the ferry for decades, said the service would end.', 'who ran the ferry for decades'],
    ['Tamsin Reed, director of the tenants’ union, said the plan fell short.', 'director of the tenants’ union'],
  ])('%s', (sentence, context) => {
    expect(analyzeText(index, [sentence]).people[0]?.pageContext).toBe(context);
  });

  it('does not take a place after "in the" for a speaker', () => {
    expect(people('A study of ice in the Northern Ranges, said the report, was overdue.')).toEqual([]);
  });

  it('ignores an honorific as a description', () => {
    const report = analyzeText(index, ['Ines Korhonen, a nurse, spoke first.', 'Later Ms Korhonen left.']);
    expect(report.people[0]?.pageContext).toBe('a nurse');
  });
});

describe('ordinary words that sound like a name on the page', () => {
  it('does not read "Schools" as Shoigu misspelt when the page writes "schools" too', () => {
    const report = analyzeText(index, ['Sergei Shoigu visited the schools.', 'Schools reopened on Monday.']);
    expect(report.people.map((p) => p.mentions.map((m) => m.text))).toEqual([['Sergei Shoigu']]);
  });
});

describe('words that are also property names', () => {
  it.each(['Constructor was missing, and Prototype too.', 'The Valueof and Hasownproperty tools were tested.'])(
    '%s',
    (sentence) => {
      expect(() => analyzeText(index, [sentence])).not.toThrow();
      expect(people(sentence)).toEqual([]);
    },
  );
});
