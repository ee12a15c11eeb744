/**
 * A generated news page with about 1 MB of readable text: paragraphs of wire-service phrasing
 * that name real people (in several spellings) among inline links and emphasis, so the content
 * script collects, sends and paints at the size of a very long page.
 */

const PEOPLE = [
  'Vladimir Putin',
  'Sergei Shoigu',
  'Yevgeny Prigozhin',
  'Dmitry Peskov',
  'Volodymyr Zelenskyy',
  'Olaf Scholz',
  'Emmanuel Macron',
  'Recep Tayyip Erdogan',
  'Antony Blinken',
  'Ursula von der Leyen',
  'Marina Kovalenko',
];
const SURNAMES = ['Putin', 'Shoigu', 'Prighozin', 'Peskov', 'Zelensky', 'Scholz', 'Macron', 'Erdogan'];
const PLAIN = [
  'The council met again on Thursday in the old town hall, and the session ran well past midnight.',
  'Prices for bread and fuel rose for the third month in a row, the statistics office in Geneva reported.',
  'Rail traffic between the two cities resumed after engineers repaired the damaged section of track.',
  'Schools in the northern districts will reopen next week, once the heating systems have been checked.',
  'The river rose by almost a metre overnight, and volunteers filled sandbags along the embankment.',
];
const SENTENCES = [
  (a: string, b: string) =>
    `${a} met <a href="#p">${b}</a> on Tuesday, officials said, in talks that lasted late into the night.`,
  (a: string, b: string) =>
    `“We will not retreat,” ${a} told reporters, before ${b} answered that the offer was <em>not serious</em>.`,
  (a: string) => `According to ${a}, the convoy reached the city before dawn and the bridge was closed to traffic.`,
  (_a: string, b: string) =>
    `The ministry said the figures could not be verified independently; ${b} declined to comment.`,
  (a: string) => `Analysts expect ${a} to address parliament next week, although no date has been announced yet.`,
];

/**
 * One paragraph in 64 names people on the benchmark's 1 MB page (about 2,000 mentions): denser
 * pages do not get an answer in minutes today, because corefer compares every capitalised word
 * with every full mention (see the report), and the benchmark must finish.
 */
export const BIG_PAGE_NAMES_EVERY = 64;

/**
 * The page's HTML; its text is close to `targetChars` characters, and one paragraph in
 * `namesEvery` names people (about ten mentions), the others are plain reporting.
 */
export function bigPageHtml(targetChars = 1_000_000, namesEvery = 1): string {
  const paragraphs: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars; i++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const a = PEOPLE[(i * 7 + s * 3) % PEOPLE.length] as string;
      const b = SURNAMES[(i * 5 + s) % SURNAMES.length] as string;
      const named = i % namesEvery === 0;
      sentences.push(
        named
          ? (SENTENCES[(i + s) % SENTENCES.length] as (a: string, b: string) => string)(a, b)
          : (PLAIN[(i + s) % PLAIN.length] as string),
      );
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(i % 40 === 0 ? `<h2>Part ${String(i / 40 + 1)}</h2><p>${paragraph}</p>` : `<p>${paragraph}</p>`);
    chars += paragraph.replace(/<[^>]+>/g, '').length + 1;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title>
<meta property="article:published_time" content="2022-10-06T12:00:00Z"></head>
<body><main><article><h1>A very long report</h1>${paragraphs.join('\n')}</article></main></body></html>`;
}
