import type { Finding } from '../engine/finding.js';
import type { Rule } from '../rules/rule.js';

interface Fixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}

/**
 * ESLint's `meta.fixable` for a rule: set when some of its fixes are safe to
 * apply unattended. ESLint refuses a `fix` from a rule without it.
 */
export function fixableMeta(rule: Rule<object>): { fixable?: 'code' } {
  return rule.meta.fixable ? { fixable: 'code' } : {};
}

/**
 * A finding's fixes as ESLint takes them: the first safe one as the report's
 * `fix` (so `eslint --fix` applies it, as `connectlint --fix` does), the ones
 * that need a look as suggestions (an editor offers them; nothing applies them
 * unattended).
 */
export function eslintFixes(finding: Finding): {
  fix?: (fixer: Fixer) => unknown;
  suggest: unknown[];
} {
  const edits = (fix: Finding['fixes'][number]) => (fixer: Fixer) =>
    fix.edits.map((edit) =>
      fixer.replaceTextRange([edit.location.start.offset, edit.location.end.offset], edit.text),
    );
  const safe = finding.fixes.find((fix) => fix.safe);
  return {
    ...(safe ? { fix: edits(safe) } : {}),
    // ESLint takes a suggestion's description as `desc` (typescript-eslint's
    // types only know `messageId`).
    suggest: finding.fixes
      .filter((fix) => !fix.safe)
      .map((fix) => ({ desc: fix.description, fix: edits(fix) })),
  };
}
