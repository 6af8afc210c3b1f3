import { readFileSync, writeFileSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import type { FileResult } from '../engine/finding.js';
import { lintText } from '../engine/lint.js';
import { fixText, type FixFilter } from '../fix/fix-text.js';
import type { ParserBackend } from '../parse/syntax.js';
import type { ProjectFacts } from '../project/types.js';
import { shiftBytes } from './read-file.js';

/** `--fix` (write: true) or `--fix-dry-run` (write: false), and which fixes. */
export interface FixRequest extends FixFilter {
  write: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Lints a file's text and fixes it: the findings left after the fixes, and the
 * fixed text as `output` when it differs. With `write`, the file is rewritten
 * (its BOM kept). A file that is not valid UTF-8 is linted but never rewritten:
 * its text was read with U+FFFD in place of the bad bytes, and writing it back
 * would change bytes no fix touched.
 */
export function fixSource(
  backend: ParserBackend,
  path: string,
  source: { text: string; bomBytes: number },
  settings: Settings,
  request: FixRequest,
  project?: ProjectFacts,
): FileResult {
  if (source.text.includes('\uFFFD') && !validUtf8(path)) {
    const result = shiftBytes(
      lintText(backend, path, source.text, settings, undefined, project),
      source.bomBytes,
    );
    if (result.findings.some((finding) => finding.fixes.length > 0)) {
      result.notices.push({ level: 'warning', message: 'not fixed: the file is not valid UTF-8' });
    }
    return result;
  }
  const fixed = fixText(backend, path, source.text, settings, request, project);
  const result = shiftBytes(fixed.result, source.bomBytes);
  if (fixed.text === source.text) return result;
  result.output = fixed.text;
  if (request.write) writeFileSync(path, (source.bomBytes > 0 ? '\uFEFF' : '') + fixed.text);
  return result;
}

function validUtf8(path: string): boolean {
  try {
    strictUtf8.decode(readFileSync(path));
    return true;
  } catch {
    return false;
  }
}

/** `--stdin --fix-dry-run`: the text fixed in memory, its result with `output`. */
export function fixStdin(
  backend: ParserBackend,
  path: string,
  text: string,
  settings: Settings,
  request: FixRequest,
): FileResult {
  const fixed = fixText(backend, path, text, settings, request);
  return fixed.text === text ? fixed.result : { ...fixed.result, output: fixed.text };
}
