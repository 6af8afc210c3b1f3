#include <sys/socket.h>

int dial_c(int fd, const struct sockaddr *sa, socklen_t len) {
  connect(fd, sa, len); // expect: unchecked-return
  return fd;
}
