/**
 * What differs between the platforms connectlint can judge code for.
 *
 * `sun_path` sizes: FreeBSD and macOS declare `char sun_path[104]` in
 * <sys/un.h>; Linux declares `char sun_path[108]` in <sys/un.h> (unix(7)).
 * The size includes the terminating NUL of a pathname socket.
 */
export const PLATFORMS = ['freebsd', 'linux', 'macos'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const DEFAULT_PLATFORM: Platform = 'freebsd';

export interface PlatformFacts {
  /** How messages name it. */
  name: string;
  /** Bytes in `struct sockaddr_un`'s `sun_path`, NUL included. */
  sunPathSize: number;
  /** Where the sun_path size comes from. */
  source: string;
  /**
   * What a non-blocking connect on a UNIX-domain stream socket answers when it
   * cannot complete at once, if it can answer anything but success or failure.
   */
  unixNonBlocking?: { errno: string; source: string };
}

export const PLATFORM_FACTS: Readonly<Record<Platform, PlatformFacts>> = {
  freebsd: { name: 'FreeBSD', sunPathSize: 104, source: 'FreeBSD <sys/un.h>: char sun_path[104]' },
  macos: { name: 'macOS', sunPathSize: 104, source: 'macOS <sys/un.h>: char sun_path[104]' },
  linux: {
    name: 'Linux',
    sunPathSize: 108,
    source: 'Linux unix(7): char sun_path[108]',
    unixNonBlocking: {
      errno: 'EAGAIN',
      source:
        'Linux connect(2), ERRORS: "EAGAIN For nonblocking UNIX domain sockets, the socket is nonblocking, and the connection cannot be completed immediately."',
    },
  },
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}
