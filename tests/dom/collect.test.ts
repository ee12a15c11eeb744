import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect, locate } from '../../src/page/collect';
import { readPageMeta } from '../../src/page/page-meta';

const html = readFileSync(join(import.meta.dirname, '../fixtures/pages/collect-cases.html'), 'utf8');

function snapshotOf(markup: string) {
  const { document } = parseHTML(markup);
  return { document, snapshot: collect(document.body) };
}

describe('collect', () => {
  const { snapshot } = snapshotOf(html);
  const blocks = snapshot.blocks.map((b) => snapshot.text.slice(b.start, b.end).trim()).filter(Boolean);

  it('joins names split across inline elements', () => {
    expect(blocks).toContain('Minister Sergei Shoigu spoke.');
  });

  it('keeps paragraphs apart, and a <br> splits a block', () => {
    expect(blocks).toContain('Second paragraph');
    expect(blocks).toContain('after a break.');
  });

  it.each([
    'Hidden Person',
    'Also hidden',
    'Editable Person',
    'Code Person',
    'No Script Person',
    'Template Person',
    'Input Person',
    'Textarea Person',
    'Option Person',
    'leaked',
  ])('skips %s', (text) => {
    expect(snapshot.text).not.toContain(text);
  });

  it('maps every offset back to its text node', () => {
    const start = snapshot.text.indexOf('Sergei Shoigu');
    const from = locate(snapshot, start);
    const to = locate(snapshot, start + 'Sergei Shoigu'.length, 'end');
    expect(from?.node.data).toBe('Sergei');
    expect(from?.offset).toBe(0);
    expect(to?.node.data).toBe(' Shoigu');
    expect(to?.offset).toBe(' Shoigu'.length);
  });

  it('walks 20,000-deep nesting without recursion', () => {
    const deep = `${'<div>'.repeat(20_000)}Deep Name${'</div>'.repeat(20_000)}`;
    expect(snapshotOf(`<html><body>${deep}</body></html>`).snapshot.text.trim()).toBe('Deep Name');
  });
});

describe('page meta', () => {
  it('reads the title, the JSON-LD date inside @graph and the language', () => {
    const { document } = parseHTML(html);
    expect(readPageMeta(document, 'x.html')).toEqual({
      source: 'x.html',
      title: 'A page of collect cases',
      publishedAt: '2023-03-14',
      language: 'uk',
    });
  });

  it.each([
    ['<meta property="article:published_time" content="2021-05-02T10:00:00Z">', '2021-05-02'],
    ['<meta name="pubdate" content="2020-01-31">', '2020-01-31'],
    ['<script type="application/ld+json">{ broken</script><time datetime="2019-07-04">July 4</time>', '2019-07-04'],
    ['<p>No date at all.</p>', null],
  ])('%s -> %s', (markup, expected) => {
    const { document } = parseHTML(`<html><head></head><body>${markup}</body></html>`);
    expect(readPageMeta(document, 'x').publishedAt).toBe(expected);
  });
});
