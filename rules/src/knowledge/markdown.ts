import type { Platform } from '../platform/platforms.js';
import { PLATFORM_FACTS } from '../platform/platforms.js';
import { errnoEntries, manPage } from './knowledge-base.js';
import type { Passage } from './passages.js';
import { allPlatformNotes, platformNotes } from './platform-notes.js';

/**
 * Markdown made from the knowledge base: the one renderer behind hovers,
 * `connectlint --explain` and the man-page sections of the rule docs.
 */
export function connectMarkdown(): string {
  const page = manPage();
  return [
    `**${page.name.name}**(2) — ${page.name.summary} _(${page.os.replace('-RELEASE', '')})_`,
    '',
    '```c',
    page.synopsis,
    '```',
    '',
    page.description,
    '',
    `**Return values.** ${page.returnValues}`,
    '',
    '**Errors**',
    '',
    ...page.errors.entries.map((entry) => `- \`${entry.errno}\` ${entry.text}`),
    '',
    `_${page.unixErrors.intro}_`,
    '',
    ...page.unixErrors.entries.map((entry) => `- \`${entry.errno}\` ${entry.text}`),
  ].join('\n');
}

/** What the code around one connect call does with its errors. */
export interface CallHandling {
  handled: string[];
  unhandled: string[];
  note?: string;
}

export function callSiteMarkdown(handling: CallHandling): string {
  const out = ['**At this call**', ''];
  if (handling.note) out.push(handling.note);
  if (handling.handled.length > 0 || handling.unhandled.length > 0) {
    out.push(
      `- handled: ${handling.handled.length ? handling.handled.map(code).join(', ') : 'none'}`,
    );
    out.push(
      `- not handled: ${handling.unhandled.length ? handling.unhandled.map(code).join(', ') : 'none'}`,
    );
  }
  return out.join('\n');
}

/** An errno's entries in connect(2), and the platform's note on it. */
export function errnoMarkdown(errno: string, platform: Platform): string | undefined {
  const entries = errnoEntries(errno);
  const notes = platformNotes(errno, platform);
  if (entries.length === 0 && notes.length === 0) return undefined;
  const out = [`**${errno}** — connect(2)`, ''];
  for (const { entry, unixDomain } of entries) {
    out.push(`> [${entry.errno}] ${entry.text}${unixDomain ? ' _(UNIX domain)_' : ''}`, '');
  }
  if (entries.length === 0) out.push(`_Not in the FreeBSD page._`, '');
  out.push(...notesMarkdown(notes, platform));
  return out.join('\n').trimEnd();
}

/** A passage on an identifier, with the entries it rests on. */
export function passageMarkdown(found: Passage, platform: Platform): string {
  const out = [`**${found.topic}**`, '', found.text, ''];
  if (found.topic === 'sun_path') {
    out.push(
      `\`sun_path\` holds ${PLATFORM_FACTS[platform].sunPathSize} bytes on ${PLATFORM_FACTS[platform].name}, the NUL included.`,
      '',
    );
  }
  for (const errno of found.errnos) {
    for (const { entry } of errnoEntries(errno)) out.push(`> [${entry.errno}] ${entry.text}`, '');
  }
  out.push(...notesMarkdown(platformNotes(found.topic, platform), platform));
  return out.join('\n').trimEnd();
}

/**
 * Everything a platform does differently from the FreeBSD page, topic by topic
 * (`--explain connect --platform linux`); empty for FreeBSD itself.
 */
export function platformNotesMarkdown(platform: Platform): string {
  const notes = allPlatformNotes(platform);
  if (notes.length === 0) return '';
  return [
    `**On ${PLATFORM_FACTS[platform].name}**`,
    '',
    ...notes.map((note) => `- \`${note.topic}\` ${note.text} _(${note.source})_`),
  ].join('\n');
}

function notesMarkdown(notes: ReturnType<typeof platformNotes>, platform: Platform): string[] {
  return notes.flatMap((note) => [
    `**On ${PLATFORM_FACTS[platform].name}:** ${note.text} _(${note.source})_`,
    '',
  ]);
}

function code(text: string): string {
  return `\`${text}\``;
}
