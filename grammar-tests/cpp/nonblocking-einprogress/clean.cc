// Non-blocking connects that let EINPROGRESS through, and blocking ones: none is a finding.
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

class AsyncClient {
 public:
  int open(const sockaddr_in &sin);
  int open_blocking(const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

int AsyncClient::open(const sockaddr_in &sin) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) { // ok: nonblocking-einprogress
    ::close(fd_);
    return -1;
  }
  return fd_;
}

// A blocking socket: failure is failure.
int AsyncClient::open_blocking(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: nonblocking-einprogress
    ::close(fd);
    return -1;
  }
  return fd;
}

int dial_switch(const sockaddr_in6 &sin6) {
  int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6) == 0) return fd; // ok: nonblocking-einprogress
  switch (errno) {
    case EINPROGRESS:
      return fd;
    default:
      ::close(fd);
      return -1;
  }
}

int dial_throwing(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == -1 && errno != EINPROGRESS) // ok: nonblocking-einprogress
    throw std::system_error(errno, std::generic_category(), "connect");
  return fd;
}

// A datagram socket's connect completes at once.
int dial_udp(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: nonblocking-einprogress
    ::close(fd);
    return -1;
  }
  return fd;
}

template <typename Addr>
int dial_template(const Addr &addr) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr); // ok: nonblocking-einprogress
  if (rc < 0 && errno != EINPROGRESS) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Made blocking again before the connect.
int dial_blocking_again(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int flags = ::fcntl(fd, F_GETFL);
  ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: nonblocking-einprogress
    ::close(fd);
    return -1;
  }
  return fd;
}

void dial_lambda(const sockaddr_in &sin) {
  auto dial = [&]() -> int {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) { // ok: nonblocking-einprogress
      ::close(fd);
      return -1;
    }
    return fd;
  };
  dial();
}

// An RAII socket whose fd.get() is the non-blocking socket.
struct unique_fd {
  int fd;
  int get() const { return fd; }
};

int dial_raii(const sockaddr_in &sin) {
  unique_fd fd{::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0)};
  if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) // ok: nonblocking-einprogress
    return -1;
  return fd.get();
}
