#pragma once
#include <cerrno>
#include <string>
#include <unistd.h>

// The message of an error number, and (the overload without one) of errno.
std::string stringerror(int err);
std::string stringerror();

int closesocket(int fd);

namespace util {
int quiet_close(int fd);
}

// A class whose member, defined in its body, closes: a free function calls it.
struct Sock {
  static void shut(int fd) { ::close(fd); }
  static void keep(int fd) {
    int saved = errno;
    ::close(fd);
    errno = saved;
  }
};

void close_via_member(int fd);
void close_via_keeper(int fd);
void close_logged(int fd);
