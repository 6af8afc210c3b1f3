#include <sys/socket.h>

int make_nb_socket(void) {
  return socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
}

int make_udp_socket(void) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
  return fd;
}

int make_blocking_socket(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return fd;
}
