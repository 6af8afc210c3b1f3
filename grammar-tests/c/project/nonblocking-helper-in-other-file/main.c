#include <sys/socket.h>
#include <unistd.h>

void set_nonblocking(int fd);
void prepare(int fd);
void set_cloexec(int fd);

int dial(const struct sockaddr *sa, socklen_t len) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  set_nonblocking(fd);
  if (connect(fd, sa, len) < 0) { // expect: nonblocking-einprogress
    close(fd);
    return -1;
  }
  return fd;
}

int dial_prepared(const struct sockaddr *sa, socklen_t len) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  prepare(fd);
  if (connect(fd, sa, len) == -1) // expect: nonblocking-einprogress
    return -1;
  return fd;
}

int dial_cloexec(const struct sockaddr *sa, socklen_t len) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  set_cloexec(fd);
  if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
    close(fd);
    return -1;
  }
  return fd;
}
