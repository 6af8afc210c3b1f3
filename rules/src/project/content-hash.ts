import { createHash } from 'node:crypto';

/** The hash a file's digest is kept by (the index, the CLI's cache, the survey). */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
