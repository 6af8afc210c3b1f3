import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** One timed run of a command: wall time, and the peak RSS of the process (Linux). */
export interface Run {
  ms: number;
  /** VmHWM of the process (all its threads), KB; 0 where /proc is missing. */
  peakKb: number;
  stdout: string;
  status: number | null;
}

export function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let peakKb = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    // The high-water mark only grows: the last reading before exit is the peak.
    const poll = setInterval(() => (peakKb = Math.max(peakKb, highWaterKb(child.pid))), 10);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - started, peakKb, stdout, status });
    });
  });
}

function highWaterKb(pid: number | undefined): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Median, min and max of several runs (after one warm-up run that is not counted). */
export interface Stats {
  median: number;
  min: number;
  max: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

export async function repeat(
  times: number,
  command: string,
  args: string[],
  cwd: string,
): Promise<{ wall: Stats; peakKb: Stats; last: Run }> {
  let last = await run(command, args, cwd); // warm-up: the page cache, the JIT's first compile
  const walls: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < times; i++) {
    last = await run(command, args, cwd);
    walls.push(last.ms);
    peaks.push(last.peakKb);
  }
  return { wall: stats(walls), peakKb: stats(peaks), last };
}
