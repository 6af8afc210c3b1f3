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
