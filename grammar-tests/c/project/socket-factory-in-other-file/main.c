#include <sys/socket.h>
#include <unistd.h>

int make_nb_socket(void);
int make_udp_socket(void);
int make_blocking_socket(void);

int dial(const struct sockaddr *sa, socklen_t len) {
  int fd = make_nb_socket();
  if (connect(fd, sa, len) < 0) { // expect: nonblocking-einprogress
    close(fd);
    return -1;
  }
  return fd;
}

int dial_udp(const struct sockaddr *sa, socklen_t len) {
  int fd = make_udp_socket();
  /* A datagram connect completes at once: no EINPROGRESS. */
  if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
    close(fd);
    return -1;
  }
  return fd;
}

int dial_blocking(const struct sockaddr *sa, socklen_t len) {
  int fd = make_blocking_socket();
  if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
    close(fd);
    return -1;
  }
  return fd;
}
