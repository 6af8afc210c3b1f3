import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine/lint.js';
import type { FileNotice } from '../engine/finding.js';

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Reads a source file as text. Invalid UTF-8 becomes U+FFFD (the parse goes on);
 * a leading BOM is dropped. A file that cannot be read, or is over the size
 * limit, yields one notice instead of text.
 */
export function readSource(path: string): { text: string } | { notice: FileNotice } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return {
        notice: {
          level: 'warning',
          message: `skipped: ${size} bytes is over the limit of ${MAX_FILE_BYTES} bytes`,
        },
      };
    }
    return { text: decoder.decode(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { notice: { level: 'error', message: `cannot read: ${code ?? String(error)}` } };
  }
}
