/**
 * Every Node socket the engine finds in the given folders, with what the model knows
 * of it: for the hand review of the npm corpora (bench/corpus/README.md), where the
 * sites without a finding are read for misses as well as the findings for mistakes.
 * Usage: node dist/src/node-sockets.js folder...  (tab-separated lines: place, kind,
 * holders, uses (`*`: in a helper, factory or subclass), why the rules stay silent;
 * then the file's findings, connect-timeout on)
 */
import { readFileSync } from 'node:fs';
import {
  analyzeText,
  buildProject,
  defaultSettings,
  findFiles,
  LineIndex,
  loadBackend,
  type NodeFileModel,
} from 'connectlint';

const settings = defaultSettings();
settings.rules.set('connect-timeout', { severity: 'warn', options: {} });
const backend = await loadBackend('native');
const { files } = findFiles(process.argv.slice(2), process.cwd(), {
  patterns: [],
  root: process.cwd(),
});
// The project index over the same files (a factory or helper of another module of a package).
const project = buildProject(files, { root: process.cwd() }).project();
for (const path of files) {
  if (!/\.[cm]?[jt]sx?$/.test(path)) continue;
  const text = readFileSync(path, 'utf8');
  const analysis = analyzeText(backend, path, text, settings, undefined, undefined, project);
  // A TS/JS file's model is the Node front end's.
  const sockets = (analysis.model as NodeFileModel | undefined)?.sockets ?? [];
  if (sockets.length === 0) continue;
  const lines = new LineIndex(text);
  const line = (offset: number) => lines.position(offset).line;
  for (const socket of sockets) {
    const at = line(socket.creation.startIndex);
    const uses = [...new Set(socket.uses.map((use) => `${use.method}${use.via ? '*' : ''}`))];
    const silent = socket.escapes
      ? `escapes@${line(socket.escapes.startIndex)}: ${socket.escapes.text.slice(0, 60).replace(/\s+/g, ' ')}`
      : socket.errorsHandledBy
        ? `surfaced@${line(socket.errorsHandledBy.startIndex)}`
        : '';
    console.log(
      [
        `${path}:${at}`,
        socket.kind,
        socket.holders.map((holder) => holder.key).join(','),
        uses.join(' '),
        silent,
      ].join('\t'),
    );
  }
  for (const finding of analysis.result.findings)
    console.log(
      `  finding ${path}:${finding.location.start.line} ${finding.ruleId} ${finding.message}`,
    );
}
