import { readFileSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import { localManual } from '../knowledge/local-manual.js';
import { openableLinks } from '../docs/openable-links.js';
import {
  connectMarkdown,
  errnoMarkdown,
  passageMarkdown,
  platformNotesMarkdown,
} from '../knowledge/markdown.js';
import { passage } from '../knowledge/passages.js';
import { resourceDir } from '../resources.js';
import { RULES_BY_ID } from '../rules/index.js';

/**
 * `connectlint --explain <topic>`: a rule's doc page, an errno's entry in
 * connect(2) with the platform's note, `connect` for the whole page, or an
 * identifier's passage (`SOCK_NONBLOCK`, `sun_path`...). Undefined: unknown topic.
 */
export function explain(topic: string, settings: Settings): string | undefined {
  if (RULES_BY_ID.has(topic)) {
    const page = `${topic}.md`;
    return openableLinks(readFileSync(`${resourceDir('docs')}${page}`, 'utf8'), page);
  }
  if (topic === 'connect') {
    const local = settings.manual === 'local' ? localManual() : undefined;
    const notes = platformNotesMarkdown(settings.platform);
    return `${local ?? connectMarkdown()}\n${notes ? `\n${notes}\n` : ''}`;
  }
  const errno = errnoMarkdown(topic.toUpperCase(), settings.platform);
  if (errno) return `${errno}\n`;
  const found = passage(topic);
  return found ? `${passageMarkdown(found, settings.platform)}\n` : undefined;
}
