import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSettings } from '../src/config/settings.js';
import { analyzeText, type Analysis } from '../src/engine/lint.js';
import { ProjectIndex } from '../src/project/project-index.js';
import { testBackend } from './helpers.js';

/**
 * An editor's analysis keeps unchanged functions' findings from one version to
 * the next; when another file of the project changes what a function is (a
 * helper stops making its argument non-blocking), every finding that rested on
 * it must follow. Checked over seeded random edits of both files: each
 * incremental analysis equals a fresh one with the same project facts.
 */
const MAIN = `#include <sys/socket.h>
#include <unistd.h>
void set_nonblocking(int fd);
int dial(const struct sockaddr *sa, socklen_t len) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  set_nonblocking(fd);
  if (connect(fd, sa, len) < 0) {
    close(fd);
    return -1;
  }
  return fd;
}
int other(int fd, const struct sockaddr *sa, socklen_t len) {
  connect(fd, sa, len);
  return 0;
}
`;
const NONBLOCKING = `#include <fcntl.h>
void set_nonblocking(int fd) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}
`;
const CLOEXEC = `#include <fcntl.h>
void set_nonblocking(int fd) {
  fcntl(fd, F_SETFD, FD_CLOEXEC);
}
`;

const summary = (analysis: Analysis) =>
  analysis.result.findings.map((f) => `${f.location.start.line}:${f.ruleId}`).join(' ');

describe('the editor cache over a project', () => {
  it('follows a change in another file, over random edits of both', async () => {
    const backend = await testBackend();
    const index = new ProjectIndex();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let text = MAIN;
    let previous: Analysis | undefined;
    const seen = new Set<string>();
    for (let step = 0; step < 60; step++) {
      // The other file: toggled now and then.
      index.set('/p/util.c', random() < 0.5 ? NONBLOCKING : CLOEXEC);
      // This file: a harmless edit (a blank or a comment line) somewhere.
      if (random() < 0.5) {
        const lines = text.split('\n');
        const at = 1 + Math.floor(random() * (lines.length - 2));
        lines.splice(at, 0, random() < 0.5 ? '' : '/* note */');
        text = lines.join('\n');
      }
      const project = index.project();
      const incremental = analyzeText(
        backend,
        '/p/main.c',
        text,
        defaultSettings(),
        undefined,
        { previous },
        project,
      );
      const fresh = analyzeText(
        backend,
        '/p/main.c',
        text,
        defaultSettings(),
        undefined,
        undefined,
        project,
      );
      assert.equal(summary(incremental), summary(fresh), `step ${step}`);
      seen.add(summary(fresh).replace(/\d+:/g, ''));
      previous = incremental;
    }
    // Both states of the helper were met: with it, the non-blocking finding; without, not.
    assert.ok(
      [...seen].some((s) => s.includes('nonblocking-einprogress')) &&
        [...seen].some((s) => !s.includes('nonblocking-einprogress')),
      [...seen].join(' | '),
    );
  });
});
