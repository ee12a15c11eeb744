/**
 * Figures that explain the others, measured in Node: what the service worker's cold start pays
 * before it can analyse (JSON.parse of the built dataset.json, then the index), and how analyze()
 * grows with the length of a page dense with names (an exponent near 1 is linear).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { DATASET_ASSET } from '../src/extension/background/dataset-loader';
import { analyze } from '../src/core/analyze';
import { createEntityIndex, type EntityIndex } from '../src/core/dataset/entity-index';
import { parsePackedDataset } from '../src/core/dataset/pack';
import { collect } from '../src/page/collect';
import { EXTENSION_DIR } from '../tests/browser/harness';
import { bigPageHtml } from './big-page';
import { median, round } from './measure';

export interface DatasetLoad {
  bytes: number;
  parseMs: number;
  indexMs: number;
}

/** The worker's dataset load, stage by stage (median of 3). */
export function datasetLoad(): DatasetLoad {
  const text = gunzipSync(readFileSync(join(EXTENSION_DIR, DATASET_ASSET))).toString('utf8');
  const parse: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const dataset = parsePackedDataset(text);
    parse.push(performance.now() - t);
    t = performance.now();
    createEntityIndex(dataset);
    index.push(performance.now() - t);
  }
  return { bytes: Buffer.byteLength(text), parseMs: round(median(parse)), indexMs: round(median(index)) };
}

export interface Scaling {
  chars: [number, number];
  ms: [number, number];
  /** log2 of the time ratio when the text doubles: 1 is linear, 2 quadratic. */
  exponent: number;
}

/** analyze() on a generated page dense with names at `chars` and twice that. */
export function analyzeScaling(index: EntityIndex, chars = 12_500): Scaling {
  const meta = { source: 'generated', title: null, publishedAt: '2022-10-06', language: 'en' };
  const time = (target: number): [number, number] => {
    const { document } = parseHTML(bigPageHtml(target, 1));
    const snapshot = collect(document.body);
    const page = { text: snapshot.text, blocks: snapshot.blocks };
    const t = performance.now();
    analyze(page, meta, index, { today: '2022-10-06' });
    return [snapshot.text.length, performance.now() - t];
  };
  time(chars); // warm-up
  const [smallChars, smallMs] = time(chars);
  const [largeChars, largeMs] = time(chars * 2);
  return {
    chars: [smallChars, largeChars],
    ms: [round(smallMs), round(largeMs)],
    exponent: round(Math.log(largeMs / smallMs) / Math.log(largeChars / smallChars)),
  };
}
