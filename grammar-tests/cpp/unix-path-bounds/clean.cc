// Paths bounded before the copy, or copies that report truncation: none is a finding.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

class UnixClient {
 public:
  int open(const std::string &path);
  int open_snprintf(const std::string &path);
  int open_memcpy(const char *path);
};

int UnixClient::open(const std::string &path) {
  sockaddr_un addr{};
  if (path.size() >= sizeof(addr.sun_path)) throw std::length_error("socket path too long");
  addr.sun_family = AF_UNIX;
  std::strcpy(addr.sun_path, path.c_str()); // ok: unix-path-bounds
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

int UnixClient::open_snprintf(const std::string &path) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  int n = std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path.c_str()); // ok: unix-path-bounds
  if (n < 0 || static_cast<size_t>(n) >= sizeof addr.sun_path) {
    errno = ENAMETOOLONG;
    return -1;
  }
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

int UnixClient::open_memcpy(const char *path) {
  sockaddr_un addr{};
  size_t len = std::strlen(path);
  if (len >= sizeof(addr.sun_path)) return -1;
  addr.sun_family = AF_UNIX;
  std::memcpy(addr.sun_path, path, len + 1); // ok: unix-path-bounds
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

namespace ipc {

// std::string::copy is a member call, bounded by its count.
int dial_copy(const std::string &path) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.size() >= sizeof addr.sun_path) return -1;
  path.copy(addr.sun_path, sizeof addr.sun_path - 1); // ok: unix-path-bounds
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

// A literal that fits.
int dial_default() {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strcpy(addr.sun_path, "/run/app.sock"); // ok: unix-path-bounds
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

int dial_initializer() {
  sockaddr_un addr = {.sun_family = AF_UNIX, .sun_path = "/run/app/control.sock"}; // ok: unix-path-bounds
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

}  // namespace ipc

// The bound is checked inside a lambda's caller before the copy.
template <typename Path>
int dial_checked(const Path &path) {
  sockaddr_un addr{};
  if (std::strlen(path.c_str()) >= sizeof addr.sun_path) return -1;
  addr.sun_family = AF_UNIX;
  std::strcpy(addr.sun_path, path.c_str()); // ok: unix-path-bounds
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

// strncpy with the truncation checked after.
int dial_strncpy(const char *path) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, path, sizeof addr.sun_path); // ok: unix-path-bounds
  if (addr.sun_path[sizeof addr.sun_path - 1] != '\0') return -1;
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1;
}

// GNU spacing, as libzmq's ipc_address_t::resolve writes it (a corpus false positive, fixed).
struct ipc_address_t {
  sockaddr_un _address;
  int resolve(const char *path_);
};

int ipc_address_t::resolve(const char *path_) {
  const size_t path_len = strlen (path_);
  if (path_len >= sizeof _address.sun_path) {
    errno = ENAMETOOLONG;
    return -1;
  }
  _address.sun_family = AF_UNIX;
  memcpy (_address.sun_path, path_, path_len + 1); // ok: unix-path-bounds
  return 0;
}

// Another namespace's strcpy is not the C library's (this one takes the size).
namespace util {
size_t strcpy(char *dst, const char *src, size_t size);
}

void fill(sockaddr_un &addr, const char *path) {
  util::strcpy(addr.sun_path, path, sizeof addr.sun_path); // ok: unix-path-bounds
}
