// After EINTR, these wait for the connection instead of connecting again: none is a finding.
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace {

int wait_connected(int fd) {
  pollfd pfd{fd, POLLOUT, 0};
  if (::poll(&pfd, 1, 5000) != 1) return -1;
  int err = 0;
  socklen_t len = sizeof err;
  if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err != 0) return -1;
  return 0;
}

}  // namespace

class Client {
 public:
  int open(const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

int Client::open(const sockaddr_in &sin) {
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return 0; // ok: eintr-reconnect
  if (errno == EINTR || errno == EINPROGRESS) return wait_connected(fd_);
  return -1;
}

int dial_poll(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: eintr-reconnect
    if (errno != EINTR) return -1;
    pollfd pfd{fd, POLLOUT, 0};
    while (::poll(&pfd, 1, -1) < 0 && errno == EINTR) {
    }
  }
  return 0;
}

// A fresh socket for every attempt.
int dial_fresh(const sockaddr_in &sin) {
  for (;;) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return fd; // ok: eintr-reconnect
    const int err = errno;
    ::close(fd);
    if (err != EINTR) return -1;
  }
}

int dial_throw(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) != 0) // ok: eintr-reconnect
    throw std::system_error(errno, std::generic_category(), "connect");
  return fd;
}

// Looping on EINTR around poll, not around connect.
template <typename Addr>
int dial_template(int fd, const Addr &addr) {
  int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr); // ok: eintr-reconnect
  if (rc < 0 && (errno == EINPROGRESS || errno == EINTR)) {
    pollfd pfd{fd, POLLOUT, 0};
    do rc = ::poll(&pfd, 1, 1000);
    while (rc < 0 && errno == EINTR);
  }
  return rc;
}

void dial_lambda(int fd, const sockaddr_in &sin) {
  auto dial = [&] {
    return ::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin); // ok: eintr-reconnect
  };
  if (dial() < 0 && errno == EINTR) wait_connected(fd);
}

// Members named connect that retry are no connect(2).
struct Link {
  bool connect(int attempt);
  void open() {
    int attempt = 0;
    while (!connect(attempt++) && errno == EINTR) { // ok: eintr-reconnect
    }
  }
};

// Datagram: connect only sets the default peer.
int dial_udp(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINTR) return -1; // ok: eintr-reconnect
  return fd;
}
