import { readFileSync } from 'node:fs';
import { resourceDir } from '../resources.js';
import type { ErrnoEntry, ManPage } from './manpage.js';

/** The knowledge base's file: `rules/data/`, or where a bundle put it (see resources.ts). */
export function dataFile(name: string): string {
  return `${resourceDir('data')}${name}`;
}
export const MANPAGE_JSON = 'connect.2.freebsd-13.1.json';

let page: ManPage | undefined;

/** The connect(2) page, read once. */
export function manPage(): ManPage {
  page ??= JSON.parse(readFileSync(dataFile(MANPAGE_JSON), 'utf8')) as ManPage;
  return page;
}

/** Every entry for an errno (EACCES has three), general errors first. */
export function errnoEntries(errno: string): { entry: ErrnoEntry; unixDomain: boolean }[] {
  const { errors, unixErrors } = manPage();
  return [
    ...errors.entries
      .filter((entry) => entry.errno === errno)
      .map((entry) => ({ entry, unixDomain: false })),
    ...unixErrors.entries
      .filter((entry) => entry.errno === errno)
      .map((entry) => ({ entry, unixDomain: true })),
  ];
}

/** The text of an errno's first entry in connect(2), for messages that quote it. */
export function errnoText(errno: string): string {
  return errnoEntries(errno)[0]?.entry.text ?? '';
}

/** Every errno the page lists, once each, in its order. */
export function pageErrnos(): string[] {
  const { errors, unixErrors } = manPage();
  return [...new Set([...errors.entries, ...unixErrors.entries].map((entry) => entry.errno))];
}
