import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FileResult, Finding } from '../../engine/finding.js';

/** The `partialFingerprints` key: versioned, so that a change of recipe is a new key. */
export const FINGERPRINT_KEY = 'connectlint/v1';

/**
 * A fingerprint per finding that survives line moves: a hash of the rule, the
 * file's relative path, the message and the text of the finding's first line
 * with its whitespace collapsed — no line or column — and, for findings that
 * would hash the same, their order in the file (`:1`, `:2`). Code scanning
 * matches alerts across commits, and across the shards of a run, by it.
 */
export function fingerprints(
  result: FileResult,
  relativePath: string,
  sources?: ReadonlyMap<string, string>,
): Map<Finding, string> {
  const lines = sourceLines(result, sources);
  const seen = new Map<string, number>();
  const out = new Map<Finding, string>();
  for (const finding of result.findings) {
    const line = (lines?.[finding.location.start.line - 1] ?? '').trim().replace(/\s+/g, ' ');
    const hash = createHash('sha256')
      .update([finding.ruleId, relativePath, finding.message, line].join('\0'))
      .digest('hex')
      .slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    out.set(finding, `${hash}:${occurrence}`);
  }
  return out;
}

/** The text the findings are positions in: fixed text, standard input, or the file. */
function sourceLines(
  result: FileResult,
  sources: ReadonlyMap<string, string> | undefined,
): string[] | undefined {
  if (result.findings.length === 0) return undefined;
  let text = result.output ?? sources?.get(result.path);
  if (text === undefined) {
    try {
      text = readFileSync(result.path, 'utf8');
    } catch {
      return undefined;
    }
  }
  return text.split(/\r\n|\r|\n/);
}
