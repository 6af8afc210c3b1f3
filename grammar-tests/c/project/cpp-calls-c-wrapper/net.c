#include <sys/socket.h>
#include "net.h"

/* Returns connect(2)'s result: its callers, C or C++, must test it. */
int net_dial(int fd, const struct sockaddr *sa, socklen_t len) {
  return connect(fd, sa, len);
}
