import type { ErrnoEntry, ManPage } from './manpage.js';

/**
 * The errno tags the rendering lost, in the page's order: each `[]` of the text
 * stands for one of these (from the FreeBSD 13.1 source of connect.2).
 */
export const ERRNO_TAGS = [
  'EBADF',
  'EINVAL',
  'ENOTSOCK',
  'EADDRNOTAVAIL',
  'EAFNOSUPPORT',
  'EISCONN',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRINUSE',
  'EFAULT',
  'EINPROGRESS',
  'EINTR',
  'EALREADY',
  'EACCES',
  'EAGAIN',
] as const;
export const UNIX_ERRNO_TAGS = [
  'ENOTDIR',
  'ENAMETOOLONG',
  'ENOENT',
  'EACCES',
  'EACCES',
  'ELOOP',
  'EPERM',
] as const;

const HEADER = 'CONNECT(2) FreeBSD System Calls Manual CONNECT(2)';
/** The rendering also dropped the errno at the end of the EINTR entry. */
const EINTR_LOST = 'as in the case of .';
const EINTR_RESTORED = 'as in the case of EINPROGRESS.';

export const COPYRIGHT =
  'Copyright (c) 1983, 1993 The Regents of the University of California. All rights reserved.';
export const LICENSE_TEXT = `Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:
1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials provided with the distribution.
3. Neither the name of the University nor the names of its contributors may be used to endorse or promote products derived from this software without specific prior written permission.
THIS SOFTWARE IS PROVIDED BY THE REGENTS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE REGENTS OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.`;

/**
 * Parses the rendered page (as saved from a web man-page viewer) into data,
 * restoring the errno tags. Throws if the text is not shaped as expected, so
 * that a different page never turns silently into wrong data.
 */
export function parseManPage(rendered: string): ManPage {
  const start = rendered.indexOf(HEADER);
  if (start < 0) throw new Error(`not the connect(2) page: no "${HEADER}" line`);
  const lines = rendered.slice(start + HEADER.length).split('\n');
  const footerIndex = lines.findIndex((line) => / FreeBSD \d+\.\d+-RELEASE$/.test(line));
  if (footerIndex < 0) throw new Error('no "<date> FreeBSD <version>-RELEASE" footer line');
  const footer = lines[footerIndex] as string;
  const blocks = lines
    .slice(0, footerIndex)
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  if (blocks.length !== 11) throw new Error(`expected 11 blocks of text, found ${blocks.length}`);
  const [
    name,
    library,
    include,
    prototype,
    description,
    returnValues,
    errors,
    unixIntro,
    unixErrors,
    seeAlso,
    history,
  ] = blocks as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [commandName, summary] = name.split('\n');
  const errorsLines = errors.split('\n');
  const footerMatch = /^(.*) (FreeBSD \S+)$/.exec(footer);
  return {
    source:
      'FreeBSD 13.1 manual page connect(2), from its rendered text (shared/seed/connect.2.freebsd-13.1.txt, copied to rules/data/seed/); the errno tags the rendering lost are restored from the page source',
    copyright: COPYRIGHT,
    license: 'BSD-3-Clause',
    licenseText: LICENSE_TEXT,
    title: 'CONNECT(2)',
    os: footerMatch?.[2] ?? '',
    date: footerMatch?.[1] ?? '',
    name: { name: commandName ?? '', summary: summary ?? '' },
    library,
    synopsis: `${include}\n\n${prototype}`,
    description,
    returnValues,
    errors: { intro: errorsLines[0] ?? '', entries: entries(errorsLines.slice(1), ERRNO_TAGS) },
    unixErrors: { intro: unixIntro, entries: entries(unixErrors.split('\n'), UNIX_ERRNO_TAGS) },
    seeAlso: seeAlso.split(/,\s*/),
    history,
  };
}

/** `[]` / text pairs → entries, tagged in order. */
function entries(lines: string[], tags: readonly string[]): ErrnoEntry[] {
  const found: ErrnoEntry[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    if (lines[i] !== '[]')
      throw new Error(`expected "[]" before an error's text, found "${lines[i]}"`);
    const errno = tags[found.length];
    if (!errno) throw new Error(`more error entries than the ${tags.length} known tags`);
    found.push({ errno, text: (lines[i + 1] ?? '').replace(EINTR_LOST, EINTR_RESTORED) });
  }
  if (found.length !== tags.length)
    throw new Error(`${found.length} error entries, expected ${tags.length}`);
  return found;
}

/** The page text as the seed renders it (tags blanked again): proves the data holds it all. */
export function renderAsSeed(page: ManPage): string {
  const blank = (entries: ErrnoEntry[]) =>
    entries.flatMap((entry) => ['[]', entry.text.replace(EINTR_RESTORED, EINTR_LOST)]).join('\n');
  return [
    `${page.name.name}\n${page.name.summary}`,
    page.library,
    page.synopsis,
    page.description,
    page.returnValues,
    `${page.errors.intro}\n${blank(page.errors.entries)}`,
    page.unixErrors.intro,
    blank(page.unixErrors.entries),
    page.seeAlso.join(', '),
    `${page.history}\n${page.date} ${page.os}`,
  ].join('\n\n');
}
