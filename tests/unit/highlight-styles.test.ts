import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personHighlight } from '../../src/extension/content/paint';
import { HIGHLIGHT_COLOURS, HIGHLIGHT_STYLES } from '../../src/extension/settings-values';

const css = readFileSync(join(import.meta.dirname, '../../entrypoints/content/style.css'), 'utf8');

describe('the content stylesheet styles every highlight the options offer', () => {
  const names = HIGHLIGHT_STYLES.flatMap((style) =>
    HIGHLIGHT_COLOURS.map((colour) => personHighlight({ style, colour })),
  );
  it.each([...names, 'dramatis-unknown', 'dramatis-quote', 'dramatis-flash'])('%s', (name) => {
    expect(css).toContain(`::highlight(${name})`);
  });
});
