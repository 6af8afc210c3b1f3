import { spawnSync } from 'node:child_process';

let cached: { text: string | undefined } | undefined;

/** `X\bX` (bold) and `_\bX` (underline), as nroff writes them for a terminal. */
// eslint-disable-next-line no-control-regex -- nroff's overstrike is a control character
const OVERSTRIKE = new RegExp('.\\u0008', 'g');
/** Colour and style escapes, `ESC[1m`. */
// eslint-disable-next-line no-control-regex -- ESC starts the escape
const SGR_ESCAPE = new RegExp('\\u001b\\[[0-9;]*m', 'g');

/**
 * The machine's own `man 2 connect`, as plain text, for users who want their
 * platform's page in hovers (the `manual: "local"` setting). Read once; undefined
 * when `man` or the page is not installed. This runs the system's `man`, never
 * anything from a workspace.
 */
export function localManual(): string | undefined {
  if (cached) return cached.text;
  const run = spawnSync('man', ['2', 'connect'], {
    encoding: 'utf8',
    timeout: 5000,
    env: {
      ...process.env,
      MANPAGER: 'cat',
      PAGER: 'cat',
      MANWIDTH: '80',
      MAN_KEEP_FORMATTING: '',
      LC_ALL: 'C.UTF-8',
    },
  });
  const text =
    run.status === 0 && run.stdout.trim() !== ''
      ? run.stdout.replace(OVERSTRIKE, '').replace(SGR_ESCAPE, '')
      : undefined;
  cached = { text };
  return text;
}
