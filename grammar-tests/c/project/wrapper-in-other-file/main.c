#include <sys/socket.h>
#include "net.h"

void fire_and_forget(int fd, const struct sockaddr *sa, socklen_t len) {
  net_dial(fd, sa, len); // expect: unchecked-return
}

int checked(int fd, const struct sockaddr *sa, socklen_t len) {
  if (net_dial(fd, sa, len) < 0) // ok: unchecked-return
    return -1;
  return fd;
}
