/**
 * `npm run dataset:check [-- file.json ...]`: validates the dataset and prints one line per
 * problem (file: entry: field: message). With file names, only their problems are shown, but the
 * checks across files still see the whole dataset.
 */
import { formatProblem, validateDataset } from '../core/dataset/validate-dataset';
import { DatasetReadError, readDatasetSources } from './dataset-files';

function main(args: string[]): number {
  const { manifest, files } = readDatasetSources(process.cwd());
  const only = args.map((arg) => arg.replace(/^\.\//, ''));
  const problems = validateDataset(files, manifest.asOf).filter(
    (problem) => only.length === 0 || only.some((path) => problem.file.endsWith(path) || path.endsWith(problem.file)),
  );
  for (const problem of problems) console.log(formatProblem(problem));
  const people = files.reduce(
    (sum, file) => sum + ((file.data as { people?: unknown[] } | null)?.people?.length ?? 0),
    0,
  );
  if (problems.length > 0) {
    console.log(`${String(problems.length)} problem(s) found.`);
    return 1;
  }
  console.log(
    `The dataset is valid: ${String(people)} people in ${String(files.length)} files, as of ${manifest.asOf}.`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof DatasetReadError)) throw error;
  console.log(error.message);
  process.exitCode = 1;
}
