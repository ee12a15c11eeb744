/**
 * `npm run --silent analyze -- <file.html> [--json] [--published YYYY-MM-DD]`
 * Prints who is who on a saved page, with the same pipeline the extension runs. Any failure is
 * one clear line on stderr and exit code 1, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { isoDay } from '../core/dataset/partial-date';
import { analyzeHtml } from './analyze-page';
import { formatReport } from './format-report';
import { loadDataset } from './load-dataset';

const USAGE = 'usage: npm run --silent analyze -- <file.html> [--json] [--published YYYY-MM-DD]';

/** A mistake in how the command was called or what it was given. */
class UsageError extends Error {}

function parseArgs(args: string[]): { file: string; json: boolean; published?: string } {
  let file: string | undefined;
  let json = false;
  let published: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--published') {
      const value = args[++i];
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDay(value) !== value) {
        throw new UsageError(`--published needs a date as YYYY-MM-DD, got ${value ?? 'nothing'}`);
      }
      published = value;
    } else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else if (file) throw new UsageError(`one file at a time; ${USAGE}`);
    else file = arg;
  }
  if (!file) throw new UsageError(USAGE);
  return published ? { file, json, published } : { file, json };
}

function readPage(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable');
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const html = readPage(options.file);
  const { index } = loadDataset();
  const today = new Date().toISOString().slice(0, 10);
  const report = analyzeHtml(html, options.file, index, {
    today,
    ...(options.published ? { publishedAt: options.published } : {}),
  });
  process.stdout.write(`${options.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
}

try {
  main();
} catch (error) {
  const lines = error instanceof Error ? error.message.split('\n') : [String(error)];
  // A broken dataset names its first problem; `npm run dataset:check` lists them all.
  const message = lines.length > 1 ? `${lines[1] ?? ''} (${lines[0] ?? ''} see npm run dataset:check)` : lines[0];
  process.stderr.write(`analyze: ${message ?? 'failed'}\n`);
  process.exitCode = 1;
}
