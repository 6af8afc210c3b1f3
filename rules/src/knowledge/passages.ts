import { readFileSync } from 'node:fs';
import { dataFile } from './knowledge-base.js';

export interface Passage {
  topic: string;
  text: string;
  /** The connect(2) entries it rests on. */
  errnos: string[];
}

let passages: Map<string, Passage> | undefined;

/** The passage on an identifier (`SOCK_NONBLOCK`, `sun_path`...), if there is one. */
export function passage(topic: string): Passage | undefined {
  passages ??= new Map(
    (
      JSON.parse(readFileSync(dataFile('passages.json'), 'utf8')) as { passages: Passage[] }
    ).passages.map((p) => [p.topic, p]),
  );
  return passages.get(topic);
}
