import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The files the editor test opens, each with one kind of finding. Positions the test
 * goes to are found in the text (`at`), so the files can be read and changed freely.
 */
export const FILES = {
  /** unchecked-return; an errno to hover. */
  'dial.c': `#include <errno.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

void dial(int fd, const struct sockaddr *sa, socklen_t len)
{
    connect(fd, sa, len);
    close(fd);
}

int dial_checked(int fd, const struct sockaddr *sa, socklen_t len)
{
    if (connect(fd, sa, len) < 0) {
        if (errno == ECONNREFUSED)
            fprintf(stderr, "nobody listens\\n");
        return -1;
    }
    return 0;
}
`,
  /** addrlen-mismatch, whose quick fix writes sizeof(*sin). */
  'addrlen.c': `#include <netinet/in.h>
#include <sys/socket.h>

int dial_in(int fd, const struct sockaddr_in *sin)
{
    return connect(fd, (const struct sockaddr *)sin, sizeof(sin));
}
`,
  /** unix-path-bounds on a literal: its message names the platform's sun_path size. */
  'control.c': `#include <sys/socket.h>
#include <sys/un.h>

/* 110 bytes with the NUL: too long for every platform's sun_path. */
static const struct sockaddr_un control_address = {
    .sun_family = AF_UNIX,
    .sun_path = "/run/application/instances/production-primary/runtime/sockets/a-long-name-that-fits-nowhere-at-allxxxxxx.sock",
};

int control(int fd)
{
    return connect(fd, (const struct sockaddr *)&control_address, sizeof(control_address));
}
`,
  /** error-listener: a Node socket with no 'error' listener. */
  'report.ts': `import net from 'node:net';

export function report(text: string): void {
  const socket = net.connect(4000, 'reports.internal');
  socket.end(text);
}
`,
  /** The helper that makes a socket non-blocking lives in util.c ... */
  'project/util.c': `#include <fcntl.h>

int set_nonblocking(int fd)
{
    int flags = fcntl(fd, F_GETFL, 0);
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}
`,
  /** ... so this connect may fail with EINPROGRESS (nonblocking-einprogress). */
  'project/main.c': `#include <sys/socket.h>
#include <unistd.h>

int set_nonblocking(int fd);

int open_peer(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    set_nonblocking(fd);
    if (connect(fd, sa, len) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}
`,
} as const;

/**
 * The same main.c with a helper that no file defines: nothing says the socket is
 * non-blocking. Its one finding (an unchecked connect below) shows that it was analysed.
 */
export const UNKNOWN_HELPER_MAIN = `${FILES['project/main.c'].replaceAll('set_nonblocking', 'tune_socket')}
void probe(int fd, const struct sockaddr *sa, socklen_t len)
{
    connect(fd, sa, len);
}
`;

export type FileName = keyof typeof FILES;

/** 1-based line and column of the `nth` (0-based) occurrence of `needle` in `text`. */
export function at(text: string, needle: string, nth = 0): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`'${needle}' (#${nth}) is not in the text`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

/** A two-folder workspace whose folders judge the same code for different platforms. */
export function writeTwoFolderWorkspace(root: string): { file: string; roots: string[] } {
  const folders = [
    ['bsd-folder', 'freebsd'],
    ['linux-folder', 'linux'],
  ] as const;
  for (const [folder, platform] of folders) {
    writeFiles(join(root, folder), {
      'control.c': FILES['control.c'],
      '.vscode/settings.json': JSON.stringify({ 'connectlint.platform': platform }),
    });
  }
  const file = join(root, 'two.code-workspace');
  const roots = folders.map(([folder]) => folder);
  writeFileSync(file, JSON.stringify({ folders: roots.map((path) => ({ path })) }));
  return { file, roots };
}
