import { LineIndex, type Analysis } from 'connectlint';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type TextEdit,
} from 'vscode-languageserver';
import { toRange } from './diagnostics.js';
import type { OpenDocument } from './documents.js';

const ERRNO = /^(WSA)?E[A-Z0-9]{2,}$/;

/**
 * Code actions for the diagnostics of a range: each finding's quick fixes (found
 * by the diagnostic's `data.index`, not recomputed), "disable for this line",
 * "disable for this file", and "show the man page entry" on an errno.
 */
export function codeActions(
  document: OpenDocument,
  analysis: Analysis,
  params: CodeActionParams,
  explainCommand: string,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = document.uri;
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'connectlint') continue;
    const index = (diagnostic.data as { index?: number } | undefined)?.index;
    const finding = index !== undefined ? analysis.result.findings[index] : undefined;
    if (!finding || finding.ruleId !== diagnostic.code) continue;
    for (const fix of finding.fixes) {
      const edits: TextEdit[] = fix.edits.map((edit) => ({
        range: toRange(edit.location),
        newText: edit.text,
      }));
      actions.push({
        title: fix.description,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: edits } },
      });
    }
    const line = finding.location.start.line - 1;
    const lineText = document.text.slice(
      document.lines.lineStart(line),
      document.lines.lineStart(line + 1),
    );
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    actions.push({
      title: `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [uri]: [
            {
              range: { start: { line, character: 0 }, end: { line, character: 0 } },
              newText: `${indent}// connectlint-disable-next-line ${finding.ruleId} -- reason\n`,
            },
          ],
        },
      },
    });
    actions.push({
      title: `Disable ${finding.ruleId} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [uri]: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: `/* connectlint-disable ${finding.ruleId} -- reason */\n`,
            },
          ],
        },
      },
    });
  }
  const word = wordAt(
    document.text,
    document.lines,
    params.range.start.line,
    params.range.start.character,
  );
  if (word && ERRNO.test(word)) {
    actions.push({
      title: `Show the connect(2) entry for ${word}`,
      command: { title: `connect(2): ${word}`, command: explainCommand, arguments: [word] },
    });
  }
  return actions;
}

function wordAt(
  text: string,
  lines: LineIndex,
  line: number,
  character: number,
): string | undefined {
  const offset = lines.offsetAt(line, character);
  let start = offset;
  let end = offset;
  while (start > 0 && /\w/.test(text[start - 1] ?? '')) start--;
  while (end < text.length && /\w/.test(text[end] ?? '')) end++;
  return start < end ? text.slice(start, end) : undefined;
}
