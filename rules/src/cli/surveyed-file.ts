import { surveyFile, type FileSurvey } from '../project/file-survey.js';
import { rememberDigest } from '../project/known-digests.js';
import type { KeptFiles } from './kept-files.js';

/**
 * A file surveyed in this thread, which will analyse it too: its digest is kept
 * for the project view, its bytes in `kept` for the index's requests and the analysis.
 */
export function surveyed(
  path: string,
  digest: boolean,
  kept: KeptFiles,
  /** Where a file this thread will analyse is queued to be parsed ahead (see `ParseAhead`). */
  ahead?: { add(path: string): void },
): FileSurvey {
  const survey = surveyFile(path, digest, (bytes) => kept.keep(path, bytes));
  if (survey.mayMatter && !survey.unread) ahead?.add(path);
  if (survey.mayMatter && survey.digest)
    rememberDigest(path, survey.digest.hash, survey.digest.digest);
  return survey;
}
