/**
 * Hostile pages, made at test time (nothing large is committed): huge, deep, busy, endless,
 * hidden in shadow roots and frames, editable, right-to-left, spelt with invisible characters,
 * full of markup-looking text and unbalanced quotes. Every page installs the guard first
 * (hostile-guard.ts) and changes itself only inside `__guard.own(...)`.
 */
import { guardScript } from './hostile-guard';

export interface HostilePage {
  /** Served at /<path> by the fixture server. */
  path: string;
  html: string;
  /** Names that must be painted as people in the dataset once the page is read. */
  painted: string[];
  /** How long reading the page may take (ms) on a slow machine. */
  readWithin: number;
}

const SENTENCES = [
  'Kremlin spokesman Dmitry Peskov said the talks would go on, and “nothing has been decided yet.”',
  'Defense Minister Sergei Shoigu visited the front on Tuesday; Vladimir Putin stayed in Moscow.',
  'Olaf Scholz and Emmanuel Macron spoke by phone about the winter, the grain and the roads.',
  'In Kyiv, Volodymyr Zelenskyy told reporters: “We will rebuild every bridge.”',
  'The committee met again at noon to discuss the budget, the harbour and the school buses.',
];

/** A page with the guard in its head; `body` is inserted as is. */
export function page(title: string, body: string, options: { dir?: string; lang?: string } = {}): string {
  const dir = options.dir ? ` dir="${options.dir}"` : '';
  return `<!doctype html><html lang="${options.lang ?? 'en'}"${dir}><head>${guardScript()}<meta charset="utf-8">
<title>${title}</title><link rel="icon" href="data:,"><meta property="article:published_time" content="2022-10-06T10:00:00Z"></head>
<body>${body}</body></html>`;
}

/** Paragraphs of ordinary news text, `chars` characters of it in all. */
function newsParagraphs(chars: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = `${SENTENCES[i % SENTENCES.length] ?? ''} (${String(i)})`;
    out.push(`<p>${text}</p>`);
    length += text.length + 1;
  }
  return out.join('\n');
}

/**
 * 5 MB of text, ending in one text node of 1.2 MB: with it the text is longer than collect keeps
 * (5,000,000 characters) and longer than the background accepts (6,000,000).
 */
export function fiveMegabytes(): HostilePage {
  const last = `<p>${'The harbour master counted the boats again. '.repeat(27_000)}</p>`;
  return {
    path: 'five-megabytes.html',
    html: page('Five megabytes', `<article>${newsParagraphs(4_900_000)}${last}</article>`),
    painted: ['Dmitry Peskov', 'Sergei Shoigu', 'Vladimir Putin'],
    readWithin: 60_000,
  };
}

/**
 * 20,000 nested elements. The HTML parser stops nesting at 512, so a script builds them; and
 * Chromium itself crashes laying out a few thousand nested boxes (1,000 mixed blocks and inlines,
 * 20,000 even with `display: contents`), so the 20,000-deep chain is built under a `hidden`
 * element, and the rendered chains are as deep as Chromium survives: 5,000 `display: contents`
 * elements and 500 ordinary ones.
 */
export function deepNesting(): HostilePage {
  const script = `__guard.own(() => {
  const chain = (parent, depth, text) => {
    for (let i = 0; i < depth; i++) {
      const child = document.createElement(i % 3 === 0 ? 'span' : 'div');
      if (i % 1000 === 0) child.append(text + ' at depth ' + i + '. ');
      parent.append(child);
      parent = child;
    }
    parent.append('At the very bottom, Defense Minister Sergei Shoigu said: “It is deep.”');
  };
  chain(document.getElementById('unrendered'), 20000, 'Hidden Person');
  chain(document.getElementById('contents'), 5000, 'Vladimir Putin spoke');
  chain(document.getElementById('boxes'), 500, 'Olaf Scholz spoke');
});`;
  return {
    path: 'deep-nesting.html',
    html: page(
      'Deep',
      `<style>#contents * { display: contents }</style><p>Dmitry Peskov introduced the deep page.</p>
<div id="unrendered" hidden></div><div id="contents"></div><div id="boxes"></div><script>${script}</script>`,
    ),
    painted: ['Dmitry Peskov', 'Vladimir Putin', 'Olaf Scholz', 'Sergei Shoigu'],
    readWithin: 30_000,
  };
}

/** 200,000 nodes: names split over inline elements, 20,000 paragraphs of ten nodes. */
export function manyNodes(): HostilePage {
  const paragraph = (i: number): string =>
    `<p><a href="#p${String(i)}"><span>Vladimir</span> <b>Putin</b></a> met <em>Olaf</em> Scholz, item ${String(i)}.</p>`;
  return {
    path: 'many-nodes.html',
    html: page('Many nodes', Array.from({ length: 20_000 }, (_, i) => paragraph(i)).join('\n')),
    painted: ['Vladimir Putin', 'Olaf Scholz'],
    readWithin: 40_000,
  };
}

/** One name 100,000 times. */
export function repeatedName(): HostilePage {
  const paragraph = `<p>${'Vladimir Putin '.repeat(100)}</p>`;
  return {
    path: 'repeated-name.html',
    html: page('Repeated', paragraph.repeat(1_000)),
    painted: ['Vladimir Putin'],
    readWithin: 30_000,
  };
}

/** Ten thousand quote marks that never pair up, around names. */
export function unbalancedQuotes(): HostilePage {
  const marks = ['“', '„', '«', '‹', '"', "'", '‘', '»', '”', '’'];
  const paragraphs: string[] = [];
  for (let i = 0; i < 1_000; i++) {
    const run = (from: number): string =>
      Array.from({ length: 5 }, (_, k) => marks[(i + from + k * 3) % marks.length]).join(' ');
    paragraphs.push(`<p>${run(0)} Vladimir Putin said ${run(5)} and Sergei Shoigu</p>`);
  }
  return {
    path: 'unbalanced-quotes.html',
    html: page('Unbalanced', paragraphs.join('\n')),
    painted: ['Vladimir Putin', 'Sergei Shoigu'],
    readWithin: 30_000,
  };
}

/**
 * A live ticker that changes hundreds of nodes a second for `seconds`: text rewritten in place,
 * items added and removed. It sets `window.__busyDone` when it stops.
 */
export function busyPage(seconds: number): HostilePage {
  const names = ['Vladimir Putin', 'Olaf Scholz', 'Emmanuel Macron', 'Dmitry Peskov'];
  const script = `
const names = ${JSON.stringify(names)};
const list = document.getElementById('ticker');
const cells = [...document.querySelectorAll('#board span')];
let tick = 0;
const started = performance.now();
const timer = setInterval(() => {
  __guard.own(() => {
    tick++;
    for (let k = 0; k < cells.length; k++) cells[k].firstChild.data = names[(tick + k) % names.length] + ' ' + tick;
    for (let k = 0; k < 5; k++) {
      const item = document.createElement('li');
      item.textContent = 'Update ' + tick + '.' + k + ': ' + names[(tick + k) % names.length] + ' spoke again.';
      list.prepend(item);
    }
    while (list.children.length > 40) list.lastElementChild.remove();
  });
  if (performance.now() - started > ${String(seconds * 1000)}) {
    clearInterval(timer);
    window.__busyDone = true;
  }
}, 20);`;
  const board = Array.from({ length: 10 }, (_, k) => `<span>${names[k % names.length] ?? ''}</span>`).join(' · ');
  return {
    path: 'busy.html',
    html: page(
      'Busy',
      `<p>Kremlin spokesman Dmitry Peskov opened the live blog.</p><p id="board">${board}</p><ul id="ticker"></ul>
<script>${script}</script>`,
    ),
    painted: ['Dmitry Peskov'],
    readWithin: 15_000,
  };
}

/** The people of each batch of the endless page, in order. */
export const SCROLL_PEOPLE = ['Olaf Scholz', 'Emmanuel Macron', 'Benjamin Netanyahu', 'Volodymyr Zelenskyy'];

/** Infinite scroll: every time the reader nears the bottom, five more paragraphs with a name. */
export function infiniteScroll(): HostilePage {
  const script = `
const people = ${JSON.stringify(SCROLL_PEOPLE)};
let batch = 0;
const feed = document.getElementById('feed');
const more = () => __guard.own(() => {
  const name = people[batch % people.length];
  for (let k = 0; k < 5; k++) {
    const p = document.createElement('p');
    p.className = 'batch-' + batch;
    p.textContent = 'Batch ' + batch + ', story ' + k + ': ' + name + ' answered questions about the harbour and the budget.';
    feed.append(p);
  }
  batch++;
});
addEventListener('scroll', () => {
  if (scrollY + innerHeight > document.body.scrollHeight - 200) more();
});`;
  const first = Array.from({ length: 30 }, (_, i) => `<p>Story ${String(i)} about the weather and the roads.</p>`);
  return {
    path: 'infinite-scroll.html',
    html: page(
      'Endless',
      `<p>Defense Minister Sergei Shoigu opened the feed.</p><div id="feed">${first.join('')}</div><script>${script}</script>`,
    ),
    painted: ['Sergei Shoigu'],
    readWithin: 15_000,
  };
}

/**
 * Text in shadow roots: an open one with its own paragraphs and a slot for light-DOM text, a
 * nested open one, and a closed one (which nobody outside may read).
 */
export function shadowRoots(): HostilePage {
  const script = `__guard.own(() => {
  const host = document.getElementById('open-host');
  const open = host.attachShadow({ mode: 'open' });
  open.innerHTML = '<p>Inside the open root, Kremlin spokesman Dmitry Peskov said: “Nothing changes.”</p>' +
    '<section><slot></slot></section><div id="inner-host"></div>';
  const inner = open.getElementById('inner-host').attachShadow({ mode: 'open' });
  inner.innerHTML = '<p>Deeper still, Olaf Scholz met Emmanuel Macron.</p>';
  const closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<p>The closed root names Benjamin Netanyahu.</p>';
  __guard.observe(open);
  __guard.observe(inner);
  __guard.observe(closed);
});`;
  return {
    path: 'shadow-roots.html',
    html: page(
      'Shadow',
      `<p>Vladimir Putin spoke first.</p>
<div id="open-host"><span>Slotted text: Defense Minister Sergei Shoigu nodded.</span></div>
<div id="closed-host"><span>Light text of a closed host.</span></div><script>${script}</script>`,
    ),
    painted: ['Vladimir Putin', 'Dmitry Peskov', 'Sergei Shoigu', 'Olaf Scholz', 'Emmanuel Macron'],
    readWithin: 15_000,
  };
}

/** The page shown inside frames: names of its own, and its own guard. */
export function framePage(): HostilePage {
  return {
    path: 'frame-inner.html',
    html: page('Frame', '<p>In the frame, Vladimir Putin met Olaf Scholz.</p>'),
    painted: [],
    readWithin: 15_000,
  };
}

/** Same-origin and cross-origin frames (`otherOrigin` serves frame-inner.html too). */
export function frames(otherOrigin: string): HostilePage {
  return {
    path: 'frames.html',
    html: page(
      'Frames',
      `<p>Kremlin spokesman Dmitry Peskov introduced the frames.</p>
<iframe id="same" src="/frame-inner.html" width="600" height="120"></iframe>
<iframe id="cross" src="${otherOrigin}/frame-inner.html" width="600" height="120"></iframe>
<iframe id="srcdoc" srcdoc="<p>Srcdoc frame: Sergei Shoigu.</p>" width="600" height="60"></iframe>`,
    ),
    painted: ['Dmitry Peskov'],
    readWithin: 15_000,
  };
}

/** Editable regions, text areas and inputs that hold names, beside ordinary text. */
export function editable(): HostilePage {
  return {
    path: 'editable.html',
    html: page(
      'Editable',
      `<p>Vladimir Putin is outside every editable region.</p>
<div id="rich" contenteditable="true"><p>Draft: Sergei Shoigu said <b>Dmitry Peskov</b> agreed.</p></div>
<div id="plain" contenteditable="plaintext-only">Plain draft about Olaf Scholz.</div>
<div contenteditable=""><p>Empty-attribute editable naming Emmanuel Macron.<span contenteditable="false">Not editable: Benjamin Netanyahu.</span></p></div>
<textarea id="area">Volodymyr Zelenskyy wrote in the text area.</textarea>
<input id="field" value="Vladimir Putin in an input">
<input id="empty" placeholder="Type a name">`,
    ),
    painted: ['Vladimir Putin'],
    readWithin: 15_000,
  };
}

/** Right-to-left pages: Arabic and Hebrew, with names in their own script and in Latin. */
export function rightToLeft(): HostilePage {
  return {
    path: 'right-to-left.html',
    html: page(
      'RTL',
      `<p>قال رئيس الوزراء بنيامين نتنياهو إن المحادثات ستستمر، وفقاً لما نقله Emmanuel Macron.</p>
<p lang="he">ראש הממשלה בנימין נתניהו נפגש עם Olaf Scholz בירושלים.</p>
<p>«لن نتراجع»، قال Vladimir Putin في موسكو.</p>
<p dir="ltr">A left-to-right paragraph: Dmitry Peskov <bdi>בנימין נתניהו</bdi> spoke.</p>`,
      { dir: 'rtl', lang: 'ar' },
    ),
    painted: ['بنيامين نتنياهو', 'בנימין נתניהו', 'Emmanuel Macron', 'Olaf Scholz', 'Vladimir Putin', 'Dmitry Peskov'],
    readWithin: 15_000,
  };
}

/**
 * Names spelt with invisible and look-alike characters: zero-width spaces and joiners, soft
 * hyphens, combining marks, and Cyrillic letters that look Latin ("Vlаdimir" with a Cyrillic а).
 */
export function trickyNames(): HostilePage {
  return {
    path: 'tricky-names.html',
    html: page(
      'Tricky',
      `<p>Vla\u200Bdimir Putin met Ser\u00ADgei Sho\u00ADigu in the morning.</p>
<p>Dmitry\u200C Pes\u200Dkov and Ol\u2060af Scholz spoke; \uFEFFEmmanuel Macron listened.</p>
<p>Volodymyr Zelenskyy\u0301 and Sergei\u0308 Shoigu\u0327 appeared with combining marks.</p>
<p>Vl\u0430dimir Putin and Olaf Sch\u043Elz were written with Cyrillic look-alikes.</p>
<p>The last line is plain: Benjamin Netanyahu.</p>`,
    ),
    painted: [
      'Vla\u200Bdimir Putin',
      'Ser\u00ADgei Sho\u00ADigu',
      'Dmitry\u200C Pes\u200Dkov',
      'Ol\u2060af Scholz',
      'Emmanuel Macron',
      'Volodymyr Zelenskyy\u0301',
      'Sergei\u0308 Shoigu\u0327',
      'Benjamin Netanyahu',
    ],
    readWithin: 15_000,
  };
}

/** The markup that must never run: the hover card and the popup must show it as text. */
export const HOSTILE_MARKUP = '<img src=x onerror=window.__pwned=1>';

/** Markup-looking text inside quotes, next to names and in a description of a person. */
export function markupText(): HostilePage {
  const escaped = HOSTILE_MARKUP.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    path: 'markup-text.html',
    html: page(
      'Markup',
      `<p>“${escaped} is what they posted,” said Vladimir Putin.</p>
<p>Dmitry Peskov, the spokesman who wrote ${escaped} in a chat, said it was a joke.</p>
<p>Kremlin spokesman ${escaped} Dmitry Peskov later added “${escaped}” to the record.</p>
<p>Marina ${escaped} Kovalenko, a teacher from &lt;script&gt;alert(1)&lt;/script&gt; Kharkiv, said hello.</p>`,
    ),
    painted: ['Vladimir Putin', 'Dmitry Peskov'],
    readWithin: 15_000,
  };
}

/** Every hostile page but the busy one (which runs once, on its own clock). */
export function hostilePages(otherOrigin: string): HostilePage[] {
  return [
    fiveMegabytes(),
    deepNesting(),
    manyNodes(),
    repeatedName(),
    unbalancedQuotes(),
    infiniteScroll(),
    shadowRoots(),
    frames(otherOrigin),
    editable(),
    rightToLeft(),
    trickyNames(),
    markupText(),
  ];
}
