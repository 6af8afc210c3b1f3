#include <cerrno>
#include <stdexcept>
#include <string>
#include <sys/socket.h>
#include "misc.hh"

using util::quiet_close;

void dial(int fd, const sockaddr *sa, socklen_t len) {
  if (::connect(fd, sa, len) < 0) {
    closesocket(fd);
    throw std::runtime_error("connect: " + stringerror()); // expect: errno-clobbered
  }
}

void dial_saved(int fd, const sockaddr *sa, socklen_t len) {
  if (::connect(fd, sa, len) < 0) {
    int err = errno;
    closesocket(fd);
    throw std::runtime_error("connect: " + stringerror(err)); // ok: errno-clobbered
  }
}

void dial_read_first(int fd, const sockaddr *sa, socklen_t len) {
  if (::connect(fd, sa, len) < 0) {
    std::string why = stringerror(); // ok: errno-clobbered
    closesocket(fd);
    throw std::runtime_error("connect: " + why);
  }
}

void dial_quiet(int fd, const sockaddr *sa, socklen_t len) {
  if (::connect(fd, sa, len) < 0) {
    quiet_close(fd);
    if (errno == ECONNREFUSED) // ok: errno-clobbered
      throw std::runtime_error("refused");
    throw std::runtime_error("connect: " + stringerror()); // ok: errno-clobbered
  }
}

void dial_member(int fd, const sockaddr *sa, socklen_t len) {
  if (::connect(fd, sa, len) < 0) {
    close_via_member(fd);
    if (errno == ECONNREFUSED) // expect: errno-clobbered
      throw std::runtime_error("refused");
  }
}

void dial_keeper(int fd, const sockaddr *sa, socklen_t len) {
  if (::connect(fd, sa, len) < 0) {
    close_via_keeper(fd);
    if (errno == ECONNREFUSED) // ok: errno-clobbered
      throw std::runtime_error("refused");
  }
}

void dial_logged(int fd, const sockaddr *sa, socklen_t len) {
  if (::connect(fd, sa, len) < 0) {
    close_logged(fd);
    throw std::runtime_error("connect: " + stringerror()); // expect: errno-clobbered
  }
}
