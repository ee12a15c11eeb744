import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report';
import { runCommand } from './run-command';

const page = 'tests/fixtures/pages/war-report.html'; // relative to the project root, the command's working directory

const run = (...args: string[]) => runCommand('analyze-command.ts', ...args);

// Each case starts Node and compiles the whole dataset: slower than a unit test.
describe('the analyze command', { timeout: 30_000 }, () => {
  it('prints the JSON report of a page', () => {
    const { code, out } = run(page, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.publishedAt).toBe('2022-11-02');
    expect(report.people.map((p) => p.entityId)).toEqual([
      'vladimir-putin',
      'sergei-shoigu',
      'dmitry-peskov',
      'yevgeny-prigozhin',
      'volodymyr-zelensky',
      null,
    ]);
    expect(report.people.find((p) => p.entityId === 'sergei-shoigu')?.roleAtPublication).toBe(
      'Minister of Defence of Russia',
    );
  });

  it('prints a readable table, with --published overriding the page date', () => {
    const { code, out } = run(page, '--published', '2025-01-01');
    expect(code).toBe(0);
    expect(out).toContain('Role on 2025-01-01');
    expect(out).toMatch(/Sergei Shoigu\s+Secretary of the Security Council of Russia/);
    expect(out).toContain('Not in the dataset (1)');
  });

  it.each([
    [['missing.html'], 'analyze: cannot read missing.html: no such file'],
    [['package.json'], 'analyze: package.json does not look like an HTML page'],
    [[page, '--published', '2022-02-30'], 'analyze: --published needs a date as YYYY-MM-DD'],
    [[], 'analyze: usage:'],
  ])('%j fails with one clear line', (args, message) => {
    const { code, out, err } = run(...args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(message);
  });
});
