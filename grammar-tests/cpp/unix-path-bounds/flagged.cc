// Paths copied into sun_path without a bound, or cut short silently, as C++ code does it.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace ipc {

class UnixClient {
 public:
  explicit UnixClient(std::string path) : path_(std::move(path)) {}

  int open() {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strcpy(addr.sun_path, path_.c_str()); // expect: unix-path-bounds(unbounded)
    int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0) return -1;
    return fd;
  }

  int open_copy();
  int open_truncated();

 private:
  std::string path_;
};

int UnixClient::open_copy() {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::memcpy(addr.sun_path, path_.data(), path_.size()); // expect: unix-path-bounds(unbounded)
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

// Bounded, but a long path is cut short and the wrong socket is dialled.
int UnixClient::open_truncated() {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, path_.c_str(), sizeof(addr.sun_path) - 1); // expect: unix-path-bounds(truncationUnchecked)
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

}  // namespace ipc

int dial_formatted(const std::string &dir, int id) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s/worker-%d.sock", dir.c_str(), id); // expect: unix-path-bounds(truncationUnchecked)
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

int dial_global(const char *name) {
  struct sockaddr_un sun;
  std::memset(&sun, 0, sizeof sun);
  sun.sun_family = AF_UNIX;
  ::strcpy(sun.sun_path, "/run/app/");
  ::strcat(sun.sun_path, name); // expect: unix-path-bounds(unbounded)
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&sun), sizeof sun) == 0 ? fd : -1;
}

template <typename Path>
int dial_template(const Path &path) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::sprintf(addr.sun_path, "%s", path.c_str()); // expect: unix-path-bounds(unbounded)
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

void bind_in_lambda(const std::string &path) {
  auto listen_on = [&](int fd) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    strcpy(addr.sun_path, path.c_str()); // expect: unix-path-bounds(unbounded)
    return ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
  };
  listen_on(::socket(AF_UNIX, SOCK_STREAM, 0));
}

// A path longer than FreeBSD's 104 bytes, in a C++20 designated initializer.
int dial_literal() {
  sockaddr_un addr = {.sun_family = AF_UNIX, .sun_path = "/var/run/some-very-long-application-name/with-a-deeply-nested/runtime-directory/per-user-sessions/control.socket"}; // expect: unix-path-bounds(literalTooLong)
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}
