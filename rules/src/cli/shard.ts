import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';

/** `--shard k/n`: this machine lints the k-th of n parts (1-based). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * The files of one shard. A file's shard is a hash of its path relative to the
 * run's folder, with `/` separators: the same on every machine and OS, whatever
 * order the files were found in, and unchanged for every other file when one
 * is added or removed (a matrix job keeps its files from run to run).
 */
export function shardFiles(files: readonly string[], shard: Shard, cwd: string): string[] {
  return files.filter(
    (file) => shardOf(relative(cwd, file).split(sep).join('/'), shard.count) === shard.index,
  );
}

/** 1-based shard of a relative path: the first 48 bits of its SHA-1, modulo the count. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha1').update(relativePath).digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** SARIF `runs[].automationDetails.id`: one code scanning category per shard. */
export function shardAutomationId(shard: Shard): string {
  return `connectlint/shard-${shard.index}-of-${shard.count}/`;
}
