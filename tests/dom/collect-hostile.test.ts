import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect, locate } from '../../src/page/collect';

function bodyOf(markup: string): HTMLElement {
  return parseHTML(`<html><body>${markup}</body></html>`).document.body;
}

const blocksOf = (body: HTMLElement, maxChars?: number): string[] => {
  const snapshot = collect(body, { maxChars });
  return snapshot.blocks.map((b) => snapshot.text.slice(b.start, b.end));
};

describe('collect on hostile markup', () => {
  it('reads an open shadow root where it shows, with the light text its slot shows', () => {
    const body = bodyOf(
      '<p>Before <span id="host"><b>Sergei</b> Shoigu</span> after.</p><div id="closed">Closed light</div>',
    );
    const host = body.querySelector('#host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<i>Minister </i><slot>fallback</slot><i>, in the root</i>';
    expect(blocksOf(body)).toEqual(['Before Minister Sergei Shoigu, in the root after.', 'Closed light']);
  });

  it('reads a slot’s fallback when nothing is assigned to it, and nested open roots', () => {
    const body = bodyOf('<div id="outer"></div>');
    const outer = (body.querySelector('#outer') as Element).attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Outer <slot>fallback</slot></p><div id="inner"></div>';
    (outer.querySelector('#inner') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>Inner</p>';
    expect(blocksOf(body)).toEqual(['Outer fallback', 'Inner']);
  });

  it('maps a span inside a shadow root back to its own text node', () => {
    const body = bodyOf('<p>Light</p><div id="host"></div>');
    (body.querySelector('#host') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>Vladimir Putin</p>';
    const snapshot = collect(body);
    const start = snapshot.text.indexOf('Putin');
    expect(locate(snapshot, start)?.node.data).toBe('Vladimir Putin');
    expect(locate(snapshot, start)?.offset).toBe('Vladimir '.length);
  });

  it('stops before a text node that would take the text past its limit', () => {
    const body = bodyOf(`<p>short one</p><p>${'x'.repeat(100)}</p><p>never read</p>`);
    expect(blocksOf(body, 50)).toEqual(['short one']);
    expect(collect(body, { maxChars: 50 }).text.length).toBeLessThanOrEqual(51);
  });

  it('keeps zero-width characters and soft hyphens, so offsets stay the page’s', () => {
    const body = bodyOf('<p>Vla\u200Bdimir Pu\u00ADtin</p>');
    const snapshot = collect(body);
    expect(snapshot.text).toBe('Vla\u200Bdimir Pu\u00ADtin\n');
    expect(locate(snapshot, snapshot.text.indexOf('tin'))?.offset).toBe('Vla\u200Bdimir Pu\u00AD'.length);
  });
});
