import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/core/pipeline/05-quote-spans';
import { testIndex } from '../fixtures/test-dataset';
import { analyzeText, pageOf } from './analyze-helpers';

const index = testIndex();
const spans = (...paragraphs: string[]) => {
  const page = pageOf(...paragraphs);
  return findQuoteSpans(page).map((s) => page.text.slice(s.start, s.end));
};
const quotes = (...paragraphs: string[]) =>
  analyzeText(index, paragraphs).quotes.map(
    (q) => `${q.kind}|${q.speaker?.name ?? q.speaker?.description ?? '-'}|${q.text}`,
  );

describe('finding quotations', () => {
  it.each([
    [['“We stay,” she said.'], ['We stay,']],
    [['He called it “a disaster” and left.'], ['a disaster']],
    [['Er sagte: „Wir bleiben hier.“ Dann ging er.'], ['Wir bleiben hier.']],
    [['Elle a déclaré : « Nous restons » ce soir.'], [' Nous restons ']],
    [['He shouted "no surrender" twice.'], ['no surrender']],
    [['“The word ‘officer’ means nothing here,” he said.'], ['The word ‘officer’ means nothing here,']],
    [['They don’t care about the ’90s or Putin’s o’clock speech.'], []],
    [['Nobody’s fault,” the end.'], []],
  ])('%j', (paragraphs, expected) => {
    expect(spans(...paragraphs)).toEqual(expected);
  });

  it('follows a quotation over three paragraphs', () => {
    expect(spans('“First part of it.', '“Second part.', '“Third part,” he said.', 'After.')).toEqual([
      'First part of it.\n“Second part.\n“Third part,',
    ]);
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    expect(spans('He wanted to “win this war for them.', 'The next paragraph is the writer’s.')).toEqual([
      'win this war for them.',
    ]);
  });

  it('stays linear and sane on ten thousand unbalanced marks', () => {
    const noisy = '“ ” ” “ « » » ‘ ’ " '.repeat(1000);
    const found = findQuoteSpans(pageOf(noisy));
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });
});

describe('kind and speaker', () => {
  it.each([
    [['“We will not retreat,” Sergei Shoigu said.'], ['direct|Sergei Shoigu|We will not retreat']],
    [['“We will not retreat,” said Sergei Shoigu.'], ['direct|Sergei Shoigu|We will not retreat']],
    [['Vladimir Putin told the crowd: “Victory will be ours.”'], ['direct|Vladimir Putin|Victory will be ours.']],
    [['“Nothing has changed,” according to Vladimir Putin.'], ['direct|Vladimir Putin|Nothing has changed']],
    [['“There is no food left,” an unnamed soldier said.'], ['direct|an unnamed soldier|There is no food left']],
    [
      ['“We were not trained at all,” one of the conscripts can be heard saying.'],
      ['direct|one of the conscripts|We were not trained at all'],
    ],
    [
      ['Sergei Shoigu arrived late.', '“The plan is on schedule,” he said.'],
      ['direct|Sergei Shoigu|The plan is on schedule'],
    ],
    [
      ['“We are ready,” Vladimir Putin said. “The West is not.”'],
      ['direct|Vladimir Putin|We are ready', 'direct|Vladimir Putin|The West is not.'],
    ],
    [['Sergei Shoigu demanded that the generals “stop lying” about losses.'], ['partial|Sergei Shoigu|stop lying']],
    [
      ['Sergei Shoigu visited the front, and Vladimir Putin said: “The plan holds.”'],
      ['direct|Vladimir Putin|The plan holds.'],
    ],
    [['Vladimir Putin, speaking to Sergei Shoigu, said: “The plan holds.”'], ['direct|Vladimir Putin|The plan holds.']],
    [['Critics mocked Putin’s “special operation” from the start.'], ['scare|-|special operation']],
    [['Officers kept calling them “meat” in private.'], ['scare|-|meat']],
    [['She read the novel “War And Peace” twice.'], []],
    [
      ['“Talks are stuck,” a senior official said.', '“They will stay stuck,” the official added.'],
      ['direct|a senior official|Talks are stuck', 'direct|a senior official|They will stay stuck'],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(quotes(...paragraphs)).toEqual(expected);
  });

  it('counts quotes on each person', () => {
    const report = analyzeText(index, ['“One,” Vladimir Putin said. “Two,” Putin added.']);
    expect(report.people.find((p) => p.entityId === 'vladimir-putin')?.quoteCount).toBe(2);
  });
});
