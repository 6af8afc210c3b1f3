/**
 * A Node client that sends a report to a collector, twice: `sendReportBuggy`
 * has the mistakes connectlint catches, `sendReport` is the same job done right.
 */
import * as net from 'node:net';
import { once } from 'node:events';

export function sendReportBuggy(port: number, report: string): void {
  // No 'error' listener: the first ECONNREFUSED kills the whole process.
  const socket = net.connect({ port, host: 'collector.internal' }, () => {
    socket.end(report);
  });
  // A second connect on a socket that is already connecting.
  socket.on('end', () => socket.connect(port, 'collector-backup.internal'));
}

export async function sendReport(port: number, report: string): Promise<void> {
  const socket = net.connect({ port, host: 'collector.internal', timeout: 5000 });
  socket.on('timeout', () => socket.destroy(new Error('collector did not answer')));
  try {
    await once(socket, 'connect');
    socket.end(report);
  } catch (err) {
    console.error('report not sent:', err);
  }
}
