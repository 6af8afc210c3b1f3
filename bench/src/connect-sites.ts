/**
 * Every connect(2) call, wrapper call and write into sun_path the C model finds
 * in a folder's C and C++ files, one line each: the list a corpus review reads
 * for misses (bench/corpus/README.md), to compare with a grep of the sources.
 * Usage: node dist/src/connect-sites.js <folder>
 */
import {
  buildCFileModel,
  defaultSettings,
  findFiles,
  languageForPath,
  loadBackend,
} from 'connectlint';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const root = process.argv[2] ?? '.';
const backend = await loadBackend('native');
const { files } = findFiles([root], root, { patterns: [], root });
const counts = { connect: 0, wrapper: 0, sunPath: 0 };
for (const path of files) {
  const language = languageForPath(path);
  if (language?.family !== 'c' && language?.family !== 'cpp') continue;
  const text = readFileSync(path, 'utf8');
  if (!/connect|sun_path/.test(text)) continue;
  const tree = backend.parse(language.id, text);
  const model = buildCFileModel(backend, tree.rootNode, defaultSettings().wrappers, {
    language: language.id,
  });
  const at = (line: number) => `${relative(root, path)}:${line + 1}`;
  for (const call of model.connectCalls) {
    counts.connect++;
    console.log(`${at(call.call.startPosition.row)} connect in ${call.fn.name} (${call.use.kind})`);
  }
  for (const call of model.wrapperCalls) {
    counts.wrapper++;
    console.log(`${at(call.call.startPosition.row)} ${call.wrapper.name}() in ${call.fn.name}`);
  }
  for (const copy of model.sunPathCopies) {
    counts.sunPath++;
    console.log(`${at(copy.call.startPosition.row)} ${copy.copierName} into sun_path`);
  }
}
console.log(
  `${counts.connect} connect calls, ${counts.wrapper} wrapper calls, ${counts.sunPath} sun_path copies`,
);
