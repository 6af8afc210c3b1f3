// Retry loops that connect the same stream socket again after it failed.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <thread>

class Client {
 public:
  int open(const sockaddr_in &sin, int attempts);
  int open_until_up(const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

int Client::open(const sockaddr_in &sin, int attempts) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  for (int i = 0; i < attempts; i++) {
    if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return fd_; // expect: repeated-connect(retriedInLoop)
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  return -1;
}

int Client::open_until_up(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  while (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) // expect: repeated-connect(retriedInLoop)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  return fd;
}

namespace net {

int dial_do(const sockaddr_in6 &sin6) {
  int rc, tries = 0;
  int fd = ::socket(AF_INET6, SOCK_STREAM, 0);
  do {
    rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6); // expect: repeated-connect(retriedInLoop)
    if (rc < 0) ::usleep(100000);
  } while (rc < 0 && ++tries < 10);
  return rc < 0 ? -1 : fd;
}

int dial_refused(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  for (;;) {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) break; // expect: repeated-connect(retriedInLoop)
    if (errno == ECONNREFUSED) {
      ::sleep(1);
      continue;
    }
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace net

template <typename Addr>
int dial_template(const Addr &addr) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  while (true) {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0) return fd; // expect: repeated-connect(retriedInLoop)
    ::sleep(1);
  }
}

int dial_lambda(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  auto up = [&] {
    for (int i = 0; i < 5; ++i)
      if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return true; // expect: repeated-connect(retriedInLoop)
    return false;
  };
  return up() ? fd : -1;
}

struct unique_fd {
  explicit unique_fd(int fd) : fd_(fd) {}
  ~unique_fd() { ::close(fd_); }
  int get() const { return fd_; }
  int fd_;
};

bool dial_raii(const sockaddr_in &sin) {
  unique_fd fd(::socket(AF_INET, SOCK_STREAM, 0));
  for (int i = 0; i < 3; ++i)
    if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return true; // expect: repeated-connect(retriedInLoop)
  return false;
}

// A range-for over back-off delays, the same socket each time.
int dial_backoff(const sockaddr_in &sin) {
  const int delays[] = {1, 2, 4, 8};
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  for (int delay : delays) {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return fd; // expect: repeated-connect(retriedInLoop)
    ::sleep(delay);
  }
  ::close(fd);
  return -1;
}
