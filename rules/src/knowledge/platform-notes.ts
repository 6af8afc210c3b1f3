import { readFileSync } from 'node:fs';
import type { Platform } from '../platform/platforms.js';
import { dataFile } from './knowledge-base.js';

export interface PlatformNote {
  platform: Platform;
  /** An errno, or an identifier hovers explain (`sun_path`). */
  topic: string;
  text: string;
  source: string;
}

let notes: PlatformNote[] | undefined;

/** The notes for a topic on a platform (none for most). */
export function platformNotes(topic: string, platform: Platform): PlatformNote[] {
  return allPlatformNotes(platform).filter((note) => note.topic === topic);
}

/** Every note for a platform, in the file's order. */
export function allPlatformNotes(platform: Platform): PlatformNote[] {
  notes ??= (
    JSON.parse(readFileSync(dataFile('platform-notes.json'), 'utf8')) as { notes: PlatformNote[] }
  ).notes;
  return notes.filter((note) => note.platform === platform);
}
