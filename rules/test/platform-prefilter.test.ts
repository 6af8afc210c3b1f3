import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAY_NAME_A_PLATFORM, PLATFORM_MACROS } from '../src/model/c/platform-regions.js';

/**
 * `platformAt` reads no region of a text in which `MAY_NAME_A_PLATFORM` finds
 * nothing: it must find every name `PLATFORM_MACROS` gives to a platform.
 */
const NAMES = [
  '__linux__',
  '__linux',
  'linux',
  '__gnu_linux__',
  'LINUX',
  'HOST_OS_LINUX',
  '_LINUX_',
  '__APPLE__',
  '__MACH__',
  'DARWIN',
  'OS_MACOSX',
  'MACOS',
  'OSX',
  'HAVE_OSX_',
  'APPLE',
  '__FreeBSD__',
  '__FreeBSD_kernel__',
  'FREEBSD',
  'OS_FREEBSD',
];

describe('the platform prefilter', () => {
  it('finds every name a platform has', () => {
    for (const name of NAMES) {
      assert.ok(
        PLATFORM_MACROS.some(([, names]) => names.test(name)),
        `${name} is a platform's name`,
      );
      assert.match(name, MAY_NAME_A_PLATFORM);
    }
  });
});
