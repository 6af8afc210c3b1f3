// Non-blocking sockets whose connect failure is fatal before EINPROGRESS is ruled out.
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

namespace {

int set_nonblocking(int fd) {
  int flags = ::fcntl(fd, F_GETFL, 0);
  return flags < 0 ? -1 : ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

}  // namespace

class AsyncClient {
 public:
  int open(const sockaddr_in &sin);
  int open_throwing(const sockaddr_in &sin);
  int open_helper(const sockaddr_in &sin);
};

int AsyncClient::open(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
    ::close(fd);
    return -1;
  }
  return fd;
}

// A throw is as fatal as a return.
int AsyncClient::open_throwing(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == -1) // expect: nonblocking-einprogress(fatalWithoutInProgress)
    throw std::system_error(errno, std::generic_category(), "connect");
  return fd;
}

int AsyncClient::open_helper(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  set_nonblocking(fd);
  int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin); // expect: nonblocking-einprogress(fatalWithoutInProgress)
  if (rc != 0) {
    std::perror("connect");
    ::close(fd);
    return -1;
  }
  return fd;
}

int dial_ioctl(const sockaddr_in6 &sin6) {
  int on = 1;
  int fd = ::socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP);
  ::ioctl(fd, FIONBIO, &on);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6) != 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
    ::close(fd);
    return -1;
  }
  return fd;
}

template <typename Addr>
int dial_template(const Addr &addr) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) < 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
    ::close(fd);
    return -1;
  }
  return fd;
}

namespace net {

int dial_in_namespace(const sockaddr_in &sin) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (connect(fd, (const sockaddr *)&sin, sizeof sin) < 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
    close(fd);
    return -1;
  }
  return fd;
}

}  // namespace net

void dial_lambda(const sockaddr_in &sin) {
  auto dial = [&]() -> int {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
      ::close(fd);
      return -1;
    }
    return fd;
  };
  dial();
}

// An RAII socket: fd.get() is the non-blocking socket it holds.
struct unique_fd {
  explicit unique_fd(int fd) : fd_(fd) {}
  ~unique_fd() { ::close(fd_); }
  int get() const { return fd_; }
  int fd_;
};

bool dial_raii(const sockaddr_in &sin) {
  unique_fd fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
  if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) // expect: nonblocking-einprogress(fatalWithoutInProgress)
    return false;
  return true;
}
