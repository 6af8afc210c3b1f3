import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine/lint.js';
import type { FileNotice, FileResult } from '../engine/finding.js';
import type { Location } from '../text/positions.js';

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Reads a source file as text. Invalid UTF-8 becomes U+FFFD (the parse goes on);
 * a leading BOM is dropped, and its length in bytes is returned so that byte
 * offsets can be made offsets into the file. A file that cannot be read, or is
 * over the size limit, yields one notice instead of text.
 */
export function readSource(
  path: string,
  /** The file's bytes, read already (the CLI's survey): not read again. */
  kept?: Buffer,
): { text: string; bomBytes: number } | { notice: FileNotice } {
  if (kept) return sourceOf(kept);
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
    return sourceOf(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { notice: { level: 'error', message: `cannot read: ${code ?? String(error)}` } };
  }
}

/** A file's text from its bytes, as `readSource` reads it. */
export function sourceOf(bytes: Buffer): { text: string; bomBytes: number } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: decoder.decode(bytes), bomBytes: bom ? 3 : 0 };
}

/**
 * Byte offsets count from the start of the file: the engine counted them in the
 * text, which lost the file's BOM (a JSON consumer slicing the file was 3 bytes off).
 */
export function shiftBytes(result: FileResult, bytes: number): FileResult {
  if (bytes === 0) return result;
  const shift = (location: Location) => {
    location.start.byte += bytes;
    location.end.byte += bytes;
  };
  for (const finding of result.findings) {
    shift(finding.location);
    for (const related of finding.related) shift(related.location);
    for (const fix of finding.fixes) for (const edit of fix.edits) shift(edit.location);
  }
  return result;
}
