#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include "log.h"

void log_close(int fd) {
  fprintf(stderr, "closing %d\n", fd);
  close(fd);
}

/* Gives the caller its errno back. */
void quiet_close(int fd) {
  int saved = errno;
  close(fd);
  errno = saved;
}
