// EINPROGRESS accepted, then the socket used without proof that it connected.
#include <netinet/in.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

class AsyncClient {
 public:
  int send_now(const sockaddr_in &sin, const std::string &msg);
  int poll_only(const sockaddr_in &sin, const std::string &msg);
};

int AsyncClient::send_now(const sockaddr_in &sin, const std::string &msg) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) { // expect: einprogress-unconfirmed(noWait)
    ::close(fd);
    return -1;
  }
  ::write(fd, msg.data(), msg.size());
  ::close(fd);
  return 0;
}

// Writable also when the connect failed: poll alone proves nothing.
int AsyncClient::poll_only(const sockaddr_in &sin, const std::string &msg) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == -1) { // expect: einprogress-unconfirmed(noConfirm)
    if (errno != EINPROGRESS) return -1;
    pollfd pfd{fd, POLLOUT, 0};
    if (::poll(&pfd, 1, 5000) != 1) return -1;
  }
  ::send(fd, msg.data(), msg.size(), 0);
  return fd;
}

namespace net {

int select_only(const sockaddr_in6 &sin6, char *buf, size_t len) {
  fd_set wfds;
  timeval tv{5, 0};
  int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6); // expect: einprogress-unconfirmed(noConfirm)
  if (rc < 0 && errno == EINPROGRESS) {
    FD_ZERO(&wfds);
    FD_SET(fd, &wfds);
    if (::select(fd + 1, nullptr, &wfds, nullptr, &tv) <= 0) {
      ::close(fd);
      return -1;
    }
  } else if (rc < 0) {
    ::close(fd);
    return -1;
  }
  ::read(fd, buf, len);
  ::close(fd);
  return 0;
}

}  // namespace net

// Takes EISCONN for success: no proof (Darwin has answered EISCONN for a refused socket).
int eisconn_proof(const sockaddr_in &sin, const std::string &msg) {
  pollfd pfd{-1, POLLOUT, 0};
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  pfd.fd = fd;
  for (;;) {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) break; // expect: einprogress-unconfirmed(eisconnProof)
    if (errno == EISCONN) break;
    if (errno != EINPROGRESS && errno != EALREADY) {
      ::close(fd);
      return -1;
    }
    ::poll(&pfd, 1, 1000);
  }
  ::send(fd, msg.data(), msg.size(), 0);
  return fd;
}

template <typename Addr>
int send_template(const Addr &addr, const char *msg) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) < 0 && errno != EINPROGRESS) { // expect: einprogress-unconfirmed(noWait)
    ::close(fd);
    return -1;
  }
  ::send(fd, msg, std::strlen(msg), 0);
  ::close(fd);
  return 0;
}

void send_lambda(const sockaddr_in &sin) {
  auto go = [&] {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) { // expect: einprogress-unconfirmed(noWait)
      ::close(fd);
      return;
    }
    ::write(fd, "ping\n", 5);
    ::close(fd);
  };
  go();
}

struct unique_fd {
  explicit unique_fd(int fd) : fd_(fd) {}
  ~unique_fd() { ::close(fd_); }
  int get() const { return fd_; }
  int fd_;
};

bool send_raii(const sockaddr_in &sin) {
  unique_fd fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
  if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) // expect: einprogress-unconfirmed(noWait)
    return false;
  ::write(fd.get(), "ping\n", 5);
  return true;
}

int poll_then_read(const sockaddr_in &sin, char *buf, size_t len) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // expect: einprogress-unconfirmed(noConfirm)
    if (errno != EINPROGRESS) {
      ::close(fd);
      return -1;
    }
    pollfd pfd{fd, POLLOUT, 0};
    while (::poll(&pfd, 1, -1) < 0 && errno == EINTR) {
    }
  }
  ::recv(fd, buf, len, 0);
  ::close(fd);
  return 0;
}
