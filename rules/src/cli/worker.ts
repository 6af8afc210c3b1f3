import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import { loadBackend, type BackendName } from '../parse/backend.js';
import type { ProjectFacts } from '../project/types.js';
import type { FixRequest } from './fix.js';
import { lintTask } from './lint-files.js';
import { surveyed } from './survey-files.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';
import { KeptFiles } from './kept-files.js';
import { ParseAhead } from './parse-ahead.js';
import { answerIndexRequest, readBytes } from '../project/build-index.js';

/**
 * A CLI worker thread (see `worker-pool.ts`): surveys the files it is handed
 * for the project index, answers the index's requests about them (and parses
 * the files it will analyse while the index is summarized), then lints the
 * batches it is handed with the run's settings and the project's facts, until
 * told to stop.
 */
const { parser } = workerData as { parser?: BackendName };
const backend = await loadBackend(parser);
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
let setup: { settings: Settings[]; project?: ProjectFacts; fix?: FixRequest } = { settings: [] };
// The files this worker surveyed: the index asks it about them, and it analyses most of them.
const kept = new KeptFiles();
const ahead = new ParseAhead(backend, kept);
const reply = (message: WorkerReply) => port.postMessage(message);
port.on('message', (request: WorkerRequest) => {
  switch (request.kind) {
    case 'stop':
      ahead.stop();
      port.close();
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
          survey: surveyed(item.path, item.digest, kept, ahead),
        })),
      });
      return;
    case 'presurvey':
      reply({
        kind: 'presurvey',
        items: request.paths.map((path) => ({ path, survey: surveyed(path, true, kept, ahead) })),
      });
      return;
    case 'forget':
      ahead.forget(request.paths);
      return;
    case 'parse-ahead':
      ahead.start();
      return;
    case 'index':
      reply({
        kind: 'index',
        answer: answerIndexRequest(request.request, (path) => kept.get(path) ?? readBytes(path)),
      });
      // The survey is over: between the index's requests (the main thread reads each
      // answer before it asks again) this worker would wait; it parses ahead instead,
      // a file per turn of its event loop, so the next request waits one parse at most.
      ahead.start();
      return;
    case 'lint':
      reply({
        kind: 'lint',
        items: request.items.map((task) => ({
          index: task.index,
          result: lintTask(backend, task, setup, kept, ahead),
        })),
      });
  }
});
reply('ready');
