import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine/limits.js';
import { digestC, digestForIndex } from './c-digest.js';
import { contentHash } from './content-hash.js';
import { rememberDigest } from './known-digests.js';
import type { ScratchReader } from './scratch-reader.js';
import type { DigestAnswer, IndexAnswer, IndexRequest } from './build-index.js';

/*
 * What a thread that holds a tree's bytes answers the project index
 * (`build-index.ts`): kept apart from the index itself, so that a CLI worker
 * answers while the engine, which it needs only to analyse, is still loading.
 */

/**
 * Answers a request of the index from `bytes` (a file's bytes, read or kept):
 * each file's are read before the next file's are asked for, and not kept.
 */
export function answerIndexRequest(
  request: IndexRequest,
  bytes: (path: string) => Buffer | undefined,
): IndexAnswer {
  if (request.kind === 'summarizing') return [];
  if (request.kind === 'search') {
    const words = shortestWords(request.names);
    return request.paths.filter((path) => {
      const found = bytes(path);
      return !!found && words.some((word) => found.includes(word));
    });
  }
  const answer: DigestAnswer = new Map();
  for (const path of request.paths) {
    const raw = bytes(path);
    if (!raw) {
      answer.set(path, undefined);
      continue;
    }
    const text = raw.toString('utf8');
    const hash = contentHash(text);
    // The index's own reading; a file the analysis reads too is digested whole, and
    // kept for its project view (`known-digests.ts`): its static functions are its own.
    const digest = request.whole ? digestC(path, text) : digestForIndex(path, text);
    if (request.whole) rememberDigest(path, hash, digest);
    answer.set(path, { hash, digest });
  }
  return answer;
}

/**
 * The words a text must name one of, with those that contain another left out
 * (a text that names `slapd_daemon_init` names `slapd_daemon`): each word is a
 * pass over every byte of the tree's files.
 */
export function shortestWords(names: readonly string[]): string[] {
  const unique = [...new Set(names)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const name of unique) if (!kept.some((word) => name.includes(word))) kept.push(name);
  return kept;
}

/**
 * A C file's bytes for the index: undefined when it cannot be read, is too big
 * or binary. Read into `scratch` where given (valid until its next read: what
 * `answerIndexRequest` drops once answered), else into a buffer of their own.
 */
export function readBytes(path: string, scratch?: ScratchReader): Buffer | undefined {
  const bytes = scratch ? scratch.read(path, MAX_FILE_BYTES) : ownBytes(path);
  return bytes && !bytes.includes(0) ? bytes : undefined;
}

function ownBytes(path: string): Buffer | undefined {
  try {
    return statSync(path).size > MAX_FILE_BYTES ? undefined : readFileSync(path);
  } catch {
    return undefined;
  }
}
