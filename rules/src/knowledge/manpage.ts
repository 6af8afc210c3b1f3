/**
 * connect(2) as data: the FreeBSD 13.1 manual page, parsed once from its
 * rendered text (`parse-manpage.ts`) into `rules/data/connect.2.freebsd-13.1.json`,
 * which everything else reads: hovers, rule docs, `connectlint --explain`.
 */
export interface ErrnoEntry {
  /** The errno name, restored from the page source: `EINPROGRESS`. */
  errno: string;
  text: string;
}

export interface ManPage {
  /** Where the text comes from, and how it was changed. */
  source: string;
  copyright: string;
  license: string;
  licenseText: string;
  title: string;
  os: string;
  date: string;
  name: { name: string; summary: string };
  library: string;
  synopsis: string;
  description: string;
  returnValues: string;
  errors: { intro: string; entries: ErrnoEntry[] };
  unixErrors: { intro: string; entries: ErrnoEntry[] };
  seeAlso: string[];
  history: string;
}

/** The section names, in the page's order, as rule docs and hovers refer to them. */
export const SECTIONS = [
  'NAME',
  'LIBRARY',
  'SYNOPSIS',
  'DESCRIPTION',
  'RETURN VALUES',
  'ERRORS',
  'SEE ALSO',
  'HISTORY',
] as const;
export type SectionName = (typeof SECTIONS)[number];
