// Retries that make a new socket each time, and connects that do not repeat: none is a finding.
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <memory>
#include <thread>

class Client {
 public:
  int open(const sockaddr_in &sin, int attempts);

 private:
  int fd_ = -1;
};

int Client::open(const sockaddr_in &sin, int attempts) {
  for (int i = 0; i < attempts; i++) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return fd_; // ok: repeated-connect
    ::close(fd_);
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  return -1;
}

int dial_once(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: repeated-connect
    ::close(fd);
    return -1;
  }
  return fd;
}

// Re-polling a non-blocking connect is the idiom.
int dial_poll_again(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  pollfd pfd{fd, POLLOUT, 0};
  for (;;) {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0 || errno == EISCONN) break; // ok: repeated-connect
    if (errno != EINPROGRESS && errno != EALREADY) {
      ::close(fd);
      return -1;
    }
    ::poll(&pfd, 1, 1000);
  }
  return fd;
}

// Each address of a list gets its own socket.
int dial_each(const sockaddr_in *addrs, int n) {
  for (int i = 0; i < n; i++) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&addrs[i]), sizeof addrs[i]) == 0) return fd; // ok: repeated-connect
    ::close(fd);
  }
  return -1;
}

// A datagram socket may connect again to change its peer.
int redirect(const sockaddr_in &a, const sockaddr_in &b) {
  int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) < 0) return -1; // ok: repeated-connect
  ::sleep(1);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&b), sizeof b) < 0) return -1; // ok: repeated-connect
  return fd;
}

// A member connect in a loop: the client's own reconnect logic, not connect(2).
struct Session {
  bool connect();
  void run() {
    for (int i = 0; i < 3; ++i)
      if (connect()) return; // ok: repeated-connect
  }
};

template <typename Client>
void keep_trying(Client &client) {
  while (!client.connect()) std::this_thread::sleep_for(std::chrono::seconds(1)); // ok: repeated-connect
}

// A lambda that makes its own socket each call.
int dial_lambda(const sockaddr_in &sin) {
  auto attempt = [&] {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return fd; // ok: repeated-connect
    ::close(fd);
    return -1;
  };
  for (int i = 0; i < 3; ++i)
    if (int fd = attempt(); fd >= 0) return fd;
  return -1;
}
