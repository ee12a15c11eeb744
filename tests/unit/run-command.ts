/** Runs one of the project's commands (a file under src/cli) as `npm run` would, from the project root. */
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/cli/load-dataset';

export function runCommand(script: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
