#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
#include "log.h"

int dial(int fd, const struct sockaddr *sa, socklen_t len) {
  if (connect(fd, sa, len) < 0) {
    close(fd);
    fprintf(stderr, "connect: %s\n", ERRSTR); // expect: errno-clobbered
    return -1;
  }
  return fd;
}

int dial_logged(int fd, const struct sockaddr *sa, socklen_t len) {
  if (connect(fd, sa, len) < 0) {
    log_close(fd);
    if (errno == ECONNREFUSED) // expect: errno-clobbered
      return -2;
    return -1;
  }
  return fd;
}

int dial_quiet(int fd, const struct sockaddr *sa, socklen_t len) {
  if (connect(fd, sa, len) < 0) {
    quiet_close(fd);
    if (errno == ECONNREFUSED) // ok: errno-clobbered
      return -2;
    return -1;
  }
  return fd;
}

int dial_saved(int fd, const struct sockaddr *sa, socklen_t len) {
  if (connect(fd, sa, len) < 0) {
    const char *why = ERRSTR; // ok: errno-clobbered
    log_close(fd);
    fprintf(stderr, "connect: %s\n", why);
    return -1;
  }
  return fd;
}
