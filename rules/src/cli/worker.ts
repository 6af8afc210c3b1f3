import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import { loadBackend, type BackendName } from '../parse/backend.js';
import type { FixRequest } from './fix.js';
import { lintPath } from './lint-files.js';
import type { ProjectFacts } from '../project/types.js';

/** A CLI worker thread: lints the batches of files it is handed, until told to stop. */
const { settings, parser, project, fix } = workerData as {
  settings: Settings[];
  parser?: BackendName;
  project?: ProjectFacts;
  fix?: FixRequest;
};
const backend = await loadBackend(parser);
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
port.on('message', (batch: { index: number; path: string; settings: number }[] | null) => {
  if (batch === null) {
    port.close();
    return;
  }
  port.postMessage(
    batch.map((file) => ({
      index: file.index,
      result: lintPath(backend, file.path, settings[file.settings] as Settings, project, fix),
    })),
  );
});
port.postMessage('ready');
