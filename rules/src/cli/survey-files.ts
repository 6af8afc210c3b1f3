import { statSync } from 'node:fs';
import type { BackendName } from '../parse/backend.js';
import type { FileSurvey } from '../project/file-survey.js';
import { surveyed } from './surveyed-file.js';
import { availableParallelism } from 'node:os';
import { BYTES_PER_EXTRA_WORKER, workerCount } from './lint-files.js';
import { WorkerPool } from './worker-pool.js';
import { KeptFiles } from './kept-files.js';
import type { EarlyPool } from './early-pool.js';

/**
 * The first pass of a CLI run: every file read once (see `FileSurvey`), on
 * every core when the files are worth the workers. The workers are kept for
 * the analysis (`pool`): they are started once per run.
 */
export async function surveyFiles(
  files: readonly string[],
  options: {
    jobs?: number | undefined;
    parser?: BackendName | undefined;
    /** A seed whose digest is known already (the cache's): not digested again. */
    digestKnown?: (path: string) => boolean;
    /** Workers started while the files were listed (see `EarlyPool`). */
    early?: EarlyPool | undefined;
  },
): Promise<{ surveys: Map<string, FileSurvey>; pool?: WorkerPool; kept?: KeptFiles }> {
  const digest = (path: string) => !options.digestKnown?.(path);
  const count = workerCount(
    options.jobs === undefined
      ? bytesUpTo(files, availableParallelism() * BYTES_PER_EXTRA_WORKER)
      : 0,
    files.length,
    options.jobs,
  );
  const started = await options.early?.take(count);
  if (count <= 1) {
    const surveys = new Map<string, FileSurvey>();
    const kept = new KeptFiles();
    for (const path of files) surveys.set(path, surveyed(path, digest(path), kept));
    return { surveys, kept };
  }
  const pool = started ?? new WorkerPool(count, options.parser);
  try {
    const surveys = await pool.survey(files, digest);
    return { surveys: new Map(files.map((path, i) => [path, surveys[i] as FileSurvey])), pool };
  } catch (error) {
    await pool.close();
    throw error;
  }
}

/**
 * The files' size, counted only as far as it decides the number of workers: in
 * a large tree, a stat of every file on the main thread held the survey back.
 */
function bytesUpTo(files: readonly string[], enough: number): number {
  let bytes = 0;
  for (const path of files) {
    try {
      bytes += statSync(path).size;
    } catch {
      // Unreadable: the analysis says so.
    }
    if (bytes >= enough) break;
  }
  return bytes;
}
