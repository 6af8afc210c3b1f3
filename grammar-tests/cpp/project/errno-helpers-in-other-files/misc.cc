#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include "misc.hh"

std::string stringerror(int err)
{
  return std::strerror(err);
}

std::string stringerror()
{
  return std::strerror(errno);
}

int closesocket(int fd)
{
  return ::close(fd);
}

namespace util {

// Gives its caller errno back.
int quiet_close(int fd) {
  int saved = errno;
  ::close(fd);
  errno = saved;
  return 0;
}

}  // namespace util

void close_via_member(int fd) { Sock::shut(fd); }

void close_via_keeper(int fd) { Sock::keep(fd); }

class Logger {
 public:
  static void note(int fd) noexcept;
};

// Out of its class: `Logger::note` closes, and `close_logged` calls it by its qualified name.
void Logger::note(int fd) noexcept {
  std::fprintf(stderr, "closing %d\n", fd);
  ::close(fd);
}

void close_logged(int fd) {
  Logger::note(fd);
}
