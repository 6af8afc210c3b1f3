import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../config/settings.js';
import { loadBackend, type BackendName } from '../parse/backend.js';
import { lintPath } from './lint-files.js';

/** A CLI worker thread: lints the files it is handed, one at a time, until told to stop. */
const { settings, parser } = workerData as { settings: Settings; parser?: BackendName };
const backend = await loadBackend(parser);
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
port.on('message', (message: { index: number; path: string } | null) => {
  if (message === null) {
    port.close();
    return;
  }
  port.postMessage({ index: message.index, result: lintPath(backend, message.path, settings) });
});
port.postMessage('ready');
