import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSettings } from '../src/config/settings.js';
import { lintText } from '../src/engine/lint.js';
import type { Platform } from '../src/platform/platforms.js';
import { testBackend } from './helpers.js';

/** The messages of one rule's findings on `source`, judged for `platform`. */
async function messages(source: string, rule: string, platform: Platform = 'freebsd') {
  const settings = { ...defaultSettings(), platform };
  const result = lintText(await testBackend(), 'x.c', source, settings);
  return result.findings.filter((f) => f.ruleId === rule).map((f) => f.message);
}

const COPY = (call: string) => `#include <sys/un.h>
int f(int fd, const char *path, struct msghdr *msg, const void *buf) {
  struct sockaddr_un sun;
  strncpy(sun.sun_path, path, sizeof(sun.sun_path) - 1);
  ${call};
}`;

describe('unix-path-bounds names the call the address feeds', () => {
  const cases: [string, string][] = [
    ['connect(fd, (struct sockaddr *)&sun, sizeof sun)', 'connect() reaches another socket'],
    ['bind(fd, (struct sockaddr *)&sun, sizeof sun)', 'bind() creates the socket at another path'],
    ['sendto(fd, buf, 1, 0, (struct sockaddr *)&sun, sizeof sun)', 'sendto() sends to'],
    ['msg->msg_name = &sun; sendmsg(fd, msg, 0)', 'sendmsg() sends to'],
    ['fill(&sun)', 'the address names another path'],
  ];
  for (const [call, says] of cases) {
    it(call.replace(/\(.*/, '()'), async () => {
      const found = await messages(COPY(call), 'unix-path-bounds');
      assert.equal(found.length, 1);
      assert.match(found[0] ?? '', new RegExp(says.replace(/[()]/g, '\\$&')));
      if (!call.startsWith('connect')) assert.doesNotMatch(found[0] ?? '', /connects/);
    });
  }
});

const LONG = `"${'/run/'.padEnd(105, 'x')}"`; // 106 bytes with its NUL: fits on Linux only

describe('code in a platform region is judged for that platform', () => {
  const copyIn = (open: string, close = '#endif') => `#include <sys/un.h>
${open}
int f(int fd) { struct sockaddr_un sun; strcpy(sun.sun_path, ${LONG}); return 0; }
${close}`;

  it('Linux code is not judged with FreeBSD sun_path', async () => {
    for (const open of ['#ifdef __linux__', '#if defined(__linux__)', '#ifdef HOST_OS_LINUX'])
      assert.deepEqual(await messages(copyIn(open), 'unix-path-bounds'), [], open);
  });

  it('names the platform and the directive that decides it', async () => {
    const found = await messages(copyIn('#ifdef __APPLE__'), 'unix-path-bounds', 'linux');
    assert.deepEqual(found, [
      'This path is 106 bytes with its NUL; sun_path holds 104 on macOS (inside #ifdef __APPLE__, line 2).',
    ]);
  });

  it('the #else of a Linux test is not Linux', async () => {
    const source = copyIn('#ifdef __linux__\n#else', '#endif');
    const found = await messages(source, 'unix-path-bounds', 'linux');
    assert.match(found[0] ?? '', /104 on FreeBSD \(in the #else of #ifdef __linux__, line 3\)/);
  });

  it('a macro the file defines inside Linux code means Linux', async () => {
    const source = `#ifdef __linux__\n# define OS_GNU 1\n#endif\n${copyIn('#if OS_GNU')}`;
    assert.deepEqual(await messages(source, 'unix-path-bounds'), []);
  });

  it('an include guard named like a platform is not a platform test', async () => {
    const source = `#ifndef _LINUX_\n#define _LINUX_\n${copyIn('')}\n#endif`;
    // Judged for Linux as asked: the guard does not make the file "not Linux".
    assert.deepEqual(await messages(source, 'unix-path-bounds', 'linux'), []);
  });
});
