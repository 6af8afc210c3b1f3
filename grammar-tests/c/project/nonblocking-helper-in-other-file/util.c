#include <fcntl.h>

void set_nonblocking(int fd) {
  int flags = fcntl(fd, F_GETFL, 0);
  fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

/* Passes its socket on: a non-blocking helper too. */
void prepare(int fd) {
  set_nonblocking(fd);
}

void set_cloexec(int fd) {
  fcntl(fd, F_SETFD, FD_CLOEXEC);
}
