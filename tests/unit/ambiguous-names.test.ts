/**
 * Namesakes in the real dataset: a name two people share links to the one the page points to
 * (context words, a title before the name, the article's date), and to nobody when nothing does.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/cli/load-dataset';
import { analyzeText } from './analyze-helpers';

const { index } = loadDataset();
const linked = (paragraph: string, date: string) =>
  analyzeText(index, [paragraph], date).people.map((p) => p.entityId ?? p.key);

describe('ambiguous names in the bundled dataset', () => {
  it.each([
    [
      'Johnson told MPs in Westminster that the Conservative government would not resign.',
      '2022-06-01',
      ['boris-johnson'],
    ],
    ['Speaker Johnson said the House would vote on Friday.', '2024-03-01', ['mike-johnson-speaker']],
    ['Johnson said the plan would work.', '2024-03-01', []],
    ['Boris Johnson resigned on Thursday. Johnson later wrote a memoir.', '2022-07-07', ['boris-johnson']],
    ['Kim inspected a missile launch near Pyongyang.', '2023-05-01', ['kim-jong-un']],
    ['Kim said the talks in Seoul had stalled.', '2023-05-01', []],
    ['Kim Jong visited the border near Pyongyang.', '2020-05-01', ['kim-jong-un']],
    ['Kim Jong visited the border near Pyongyang.', '2005-05-01', ['kim-jong-il']],
    ['Kim Jong visited the border.', '2010-05-01', []],
    ['Solovyov said on Russia-1 that the West was weak.', '2023-05-01', ['vladimir-solovyov-presenter']],
    ['Chancellor Scholz met President Macron in Paris.', '2023-05-01', ['olaf-scholz', 'emmanuel-macron']],
  ])('%s (%s)', (paragraph, date, expected) => {
    expect(linked(paragraph, date)).toEqual(expected);
  });
});
