import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import type { BackendName } from '../parse/backend.js';
import type { ProjectFacts } from '../project/types.js';
import type { FixRequest } from './fix.js';
import type { LintTask, WorkerReply, WorkerRequest } from './worker-pool.js';
import type { ParseAhead } from './parse-ahead.js';
import type { FileResult } from '../engine/finding.js';
import { KeptFiles } from './kept-files.js';
import { surveyed } from './surveyed-file.js';
import { answerIndexRequest, readBytes } from '../project/index-answers.js';
import { ScratchReader } from '../project/scratch-reader.js';

/**
 * A CLI worker thread (see `worker-pool.ts`): surveys the files it is handed
 * for the project index, answers the index's requests about them (and parses
 * the files it will analyse while the index is summarized), then lints the
 * batches it is handed with the run's settings and the project's facts, until
 * told to stop.
 *
 * Only what the survey and the index's answers need is loaded at the start:
 * the engine (parser, front ends, rules) is about as much code again, and
 * loading it first held back every worker's survey of a tree, the first part
 * of the run's critical path. It loads once the survey is over (`analysis`),
 * while the main thread builds the index.
 */
const { parser } = workerData as { parser?: BackendName };
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
let setup: { settings: Settings[]; project?: ProjectFacts; fix?: FixRequest } = { settings: [] };
// The files this worker surveyed: the index asks it about them, and it analyses most of them.
const kept = new KeptFiles();
const reply = (message: WorkerReply) => port.postMessage(message);
// The index's reads of files this worker did not keep: scanned and dropped.
const scratch = new ScratchReader();

/** The engine's part of the worker, once loaded. */
interface Analysis {
  ahead: ParseAhead;
  lint: (task: LintTask) => FileResult;
}

let analysis: Promise<Analysis> | undefined;
let loaded: Analysis | undefined;
// Files surveyed before the engine loaded, to be parsed ahead once it has.
const toParse: string[] = [];
const parseLater = {
  add: (path: string) => (loaded ? loaded.ahead.add(path) : toParse.push(path)),
};

function loadAnalysis(): Promise<Analysis> {
  analysis ??= (async () => {
    const [{ loadBackend }, { ParseAhead }, { lintTask }] = await Promise.all([
      import('../parse/backend.js'),
      import('./parse-ahead.js'),
      import('./lint-files.js'),
    ]);
    const backend = await loadBackend(parser);
    const ahead = new ParseAhead(backend, kept);
    for (const path of toParse.splice(0)) ahead.add(path);
    loaded = { ahead, lint: (task) => lintTask(backend, task, setup, kept, ahead) };
    return loaded;
  })();
  return analysis;
}

/** Work that needs the engine, in the order it was asked for; a failure ends the worker. */
function withAnalysis(work: (analysis: Analysis) => void): void {
  loadAnalysis().then(work, (error: unknown) => {
    process.nextTick(() => {
      throw error;
    });
  });
}

port.on('message', (request: WorkerRequest) => {
  switch (request.kind) {
    case 'stop':
      // A run that never asked for the engine does not load it to stop.
      if (!analysis) port.close();
      else
        withAnalysis(({ ahead }) => {
          ahead.stop();
          port.close();
        });
      return;
    case 'setup':
      setup = request;
      return;
    case 'survey':
      reply({
        kind: 'survey',
        // This worker will most likely analyse them too (see `WorkerPool.lint`).
        items: request.items.map((item) => ({
          index: item.index,
          survey: surveyed(item.path, item.digest, kept, parseLater),
        })),
      });
      return;
    case 'presurvey':
      reply({
        kind: 'presurvey',
        items: request.paths.map((path) => ({
          path,
          survey: surveyed(path, true, kept, parseLater),
        })),
      });
      return;
    case 'forget':
      if (loaded) loaded.ahead.forget(request.paths);
      else {
        const gone = new Set(request.paths);
        const keep = toParse.filter((path) => !gone.has(path));
        toParse.splice(0, toParse.length, ...keep);
      }
      return;
    case 'parse-ahead':
      withAnalysis(({ ahead }) => ahead.start());
      return;
    case 'index':
      reply({
        kind: 'index',
        answer: answerIndexRequest(
          request.request,
          (path) => kept.get(path) ?? readBytes(path, scratch),
        ),
      });
      // The survey is over: between the index's requests (the main thread reads each
      // answer before it asks again) this worker would wait; it loads the engine, then
      // parses ahead, a file per turn of its event loop, so the next request waits one
      // parse at most.
      withAnalysis(({ ahead }) => ahead.start());
      return;
    case 'lint':
      withAnalysis(({ lint }) =>
        reply({
          kind: 'lint',
          items: request.items.map((task) => ({ index: task.index, result: lint(task) })),
        }),
      );
  }
});
reply('ready');
