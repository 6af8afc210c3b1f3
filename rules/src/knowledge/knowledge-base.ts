import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrnoEntry, ManPage } from './manpage.js';

/** `rules/data/`, beside `src/` in the source tree and `dist/` once built. */
export const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));
export const MANPAGE_FILE = `${DATA_DIR}connect.2.freebsd-13.1.json`;

let page: ManPage | undefined;

/** The connect(2) page, read once. */
export function manPage(): ManPage {
  page ??= JSON.parse(readFileSync(MANPAGE_FILE, 'utf8')) as ManPage;
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
