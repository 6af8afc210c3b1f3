/**
 * The two files a new user's project starts with in the adoption tests: one C
 * and one TypeScript bug, which every face must report (`unchecked-return`,
 * `error-listener`).
 */
export const C_BUG = `#include <sys/socket.h>
void dial(int fd, struct sockaddr *sa, socklen_t n) {
  connect(fd, sa, n);
}
`;

export const TS_BUG = `import * as net from 'node:net';

export function send(port: number, text: string): void {
  const socket = net.connect({ port, timeout: 1000 }, () => socket.end(text));
}
`;
