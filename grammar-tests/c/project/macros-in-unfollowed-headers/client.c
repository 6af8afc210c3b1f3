#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <proj/sock.h>

int dial(int fd, const struct sockaddr *sa, socklen_t len) {
  if (connect(fd, sa, len) < 0) {
    close(fd);
    return sock_errno(); // expect: errno-clobbered
  }
  return fd;
}

int dial_saved(int fd, const struct sockaddr *sa, socklen_t len) {
  if (connect(fd, sa, len) < 0) {
    int why = sock_errno(); // ok: errno-clobbered
    close(fd);
    return why;
  }
  return fd;
}

int dial_told(int fd, const struct sockaddr *sa, socklen_t len) {
  if (connect(fd, sa, len) < 0) {
    close(fd);
    fprintf(stderr, "connect: %s\n", sock_strerror()); // expect: errno-clobbered
    return -1;
  }
  return fd;
}

int open_control(int fd) {
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  strcpy(addr.sun_path, PROJ_CONTROL_PATH); // ok: unix-path-bounds
  return connect(fd, (struct sockaddr *)&addr, sizeof addr);
}

int open_instance(int fd) {
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  strcpy(addr.sun_path, PROJ_INSTANCE_PATH); // expect: unix-path-bounds
  return connect(fd, (struct sockaddr *)&addr, sizeof addr);
}

int open_control_at(int fd, const char *path) {
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  if (strlen(path) >= sizeof addr.sun_path)
    PROJ_DIE("socket path too long\n");
  strcpy(addr.sun_path, path); // ok: unix-path-bounds
  return connect(fd, (struct sockaddr *)&addr, sizeof addr);
}
