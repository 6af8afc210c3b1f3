import { statSync } from 'node:fs';
import type { BackendName } from '../parse/backend.js';
import { surveyFile, type FileSurvey } from '../project/file-survey.js';
import { workerCount } from './lint-files.js';
import { WorkerPool } from './worker-pool.js';

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
  },
): Promise<{ surveys: Map<string, FileSurvey>; pool?: WorkerPool }> {
  let bytes = 0;
  for (const path of files) {
    try {
      bytes += statSync(path).size;
    } catch {
      // Unreadable: the analysis says so.
    }
  }
  const digest = (path: string) => !options.digestKnown?.(path);
  const count = workerCount(bytes, files.length, options.jobs);
  if (count <= 1) {
    return { surveys: new Map(files.map((path) => [path, surveyFile(path, digest(path))])) };
  }
  const pool = new WorkerPool(count, options.parser);
  try {
    const surveys = await pool.survey(files, digest);
    return { surveys: new Map(files.map((path, i) => [path, surveys[i] as FileSurvey])), pool };
  } catch (error) {
    await pool.close();
    throw error;
  }
}
