import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const core = filesUnder(join(ROOT, 'src/core'));

describe('the analysis core is pure', () => {
  it('has files to check', () => {
    expect(core.length).toBeGreaterThan(10);
  });

  it.each(core.map((file) => [relative(ROOT, file), file]))('%s imports no DOM or extension API', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const specifier of imports) {
      expect(specifier).not.toMatch(/^(wxt|webextension-polyfill|@wxt-dev|linkedom|preact|node:)/);
      expect(specifier).not.toMatch(/\/(page|extension|cli|build)\//);
    }
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|browser|chrome|navigator|localStorage)\s*\./);
  });
});

describe('entrypoints only wire', () => {
  const entrypoints = filesUnder(join(ROOT, 'entrypoints'));
  it.each(entrypoints.map((file) => [relative(ROOT, file), file]))(
    '%s is short and runs nothing at top level',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      expect(source.split('\n').length).toBeLessThan(40);
      expect(source).toMatch(/export default define(Background|ContentScript)\(/);
    },
  );
});
