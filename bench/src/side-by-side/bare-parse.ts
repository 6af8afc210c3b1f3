/**
 * The floor for any syntax-aware tool: the bare tree-sitter parse (native) of
 * the files connectlint must parse — the files its CLI would lint that pass the
 * engine's prefilter — read, filtered and parsed exactly as the CLI does, with
 * no analysis. Usage: node bare-parse.js --jobs N folder...
 * Prints JSON: { files, parsed, bytes } (the files found, those parsed, their bytes).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  bytesMayMatter,
  defaultSettings,
  findFiles,
  languageForPath,
  loadBackend,
  mayMatter,
} from 'connectlint';

interface Share {
  files: string[];
}
interface Parsed {
  parsed: number;
  bytes: number;
}

async function parseShare({ files }: Share): Promise<Parsed> {
  const backend = await loadBackend('native');
  const settings = defaultSettings();
  const decoder = new TextDecoder();
  let parsed = 0;
  let bytes = 0;
  for (const path of files) {
    const language = languageForPath(path);
    if (!language) continue;
    const raw = readFileSync(path);
    if (!bytesMayMatter(raw, language.family, settings)) continue;
    const text = decoder.decode(raw);
    if (!mayMatter(text, language.family, settings)) continue;
    backend.parse(language.id, text);
    parsed++;
    bytes += raw.length;
  }
  return { parsed, bytes };
}

if (isMainThread) {
  const args = process.argv.slice(2);
  const jobsAt = args.indexOf('--jobs');
  const jobs = jobsAt >= 0 ? Number(args[jobsAt + 1]) : availableParallelism();
  const folders = args.filter((arg, i) => !arg.startsWith('--') && i !== jobsAt + 1);
  const { files } = findFiles(folders, process.cwd(), { patterns: [], root: process.cwd() });
  const shares: Share[] = Array.from({ length: jobs }, (_, i) => ({
    files: files.filter((_, index) => index % jobs === i),
  }));
  const results =
    jobs <= 1
      ? [await parseShare({ files })]
      : await Promise.all(
          shares.map(
            (share) =>
              new Promise<Parsed>((resolve, reject) => {
                const worker = new Worker(new URL(import.meta.url), { workerData: share });
                worker.once('message', resolve);
                worker.once('error', reject);
              }),
          ),
        );
  const total = results.reduce(
    (sum, r) => ({ parsed: sum.parsed + r.parsed, bytes: sum.bytes + r.bytes }),
    {
      parsed: 0,
      bytes: 0,
    },
  );
  console.log(JSON.stringify({ files: files.length, ...total }));
} else {
  parentPort?.postMessage(await parseShare(workerData as Share));
}
