// Non-blocking connects confirmed, or handed over to an event loop: none is a finding.
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <functional>
#include <string>

namespace {

int connect_finished(int fd) {
  int err = 0;
  socklen_t len = sizeof err;
  if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) return -1;
  return err == 0 ? 0 : -1;
}

}  // namespace

class EventLoop {
 public:
  void watch_writable(int fd, std::function<void(int)> callback);
};

class AsyncClient {
 public:
  int open(const sockaddr_in &sin, const std::string &msg);
  void start(EventLoop &loop, const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

int AsyncClient::open(const sockaddr_in &sin, const std::string &msg) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: einprogress-unconfirmed
    if (errno != EINPROGRESS) return -1;
    pollfd pfd{fd, POLLOUT, 0};
    if (::poll(&pfd, 1, 5000) != 1 || connect_finished(fd) != 0) {
      ::close(fd);
      return -1;
    }
  }
  ::send(fd, msg.data(), msg.size(), 0);
  return fd;
}

// Stored in the object and handed to the event loop: judged where it completes.
void AsyncClient::start(EventLoop &loop, const sockaddr_in &sin) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) { // ok: einprogress-unconfirmed
    ::close(fd_);
    return;
  }
  loop.watch_writable(fd_, [](int fd) { connect_finished(fd); });
}

// The socket is returned to the caller, who waits for it.
int begin_connect(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) { // ok: einprogress-unconfirmed
    ::close(fd);
    return -1;
  }
  return fd;
}

int poll_and_so_error(const sockaddr_in6 &sin6, char *buf, size_t len) {
  int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6) < 0) { // ok: einprogress-unconfirmed
    if (errno != EINPROGRESS) return -1;
    pollfd pfd{fd, POLLOUT, 0};
    int err = 0;
    socklen_t elen = sizeof err;
    if (::poll(&pfd, 1, 5000) != 1) return -1;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0 || err != 0) return -1;
  }
  ::recv(fd, buf, len, 0);
  return fd;
}

// getpeername proves the connection as well.
template <typename Addr>
int send_template(const Addr &addr) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) < 0) { // ok: einprogress-unconfirmed
    if (errno != EINPROGRESS) return -1;
    pollfd pfd{fd, POLLOUT, 0};
    ::poll(&pfd, 1, 5000);
    sockaddr_storage peer{};
    socklen_t plen = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &plen) < 0) return -1;
  }
  ::write(fd, "ping\n", 5);
  return fd;
}

// A blocking socket: connect returned once connected.
int send_blocking(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: einprogress-unconfirmed
    ::close(fd);
    return -1;
  }
  ::write(fd, "ping\n", 5);
  return fd;
}

// Kept in a member and confirmed later by the class.
struct Conn {
  int fd;
  bool pending;
  void begin(const sockaddr_in &sin) {
    fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno == EINPROGRESS) // ok: einprogress-unconfirmed
      pending = true;
  }
};

void lambda_confirmed(const sockaddr_in &sin) {
  auto go = [&] {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: einprogress-unconfirmed
      if (errno != EINPROGRESS) return -1;
      pollfd pfd{fd, POLLOUT, 0};
      if (::poll(&pfd, 1, 5000) != 1 || connect_finished(fd) != 0) return -1;
    }
    ::write(fd, "ping\n", 5);
    return fd;
  };
  go();
}
