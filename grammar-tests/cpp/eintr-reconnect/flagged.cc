// connect called again after EINTR, while the first attempt goes on in the background.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

class Client {
 public:
  int open(const sockaddr_in &sin);
  int open_do(const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

int Client::open(const sockaddr_in &sin) {
  while (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == -1 && errno == EINTR) // expect: eintr-reconnect(retried)
    ;
  return fd_;
}

int Client::open_do(const sockaddr_in &sin) {
  int rc;
  do {
    rc = ::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin); // expect: eintr-reconnect(retried)
  } while (rc == -1 && errno == EINTR);
  return rc;
}

namespace net {

int dial_goto(int fd, const sockaddr_in6 &sin6) {
retry:
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6) < 0) { // expect: eintr-reconnect(retried)
    if (errno == EINTR) goto retry;
    return -1;
  }
  return 0;
}

int dial_for(int fd, const sockaddr_in &sin) {
  for (;;) {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == 0) return 0; // expect: eintr-reconnect(retried)
    if (errno != EINTR) return -1;
  }
}

}  // namespace net

template <typename Addr>
void dial_or_throw(int fd, const Addr &addr) {
  while (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) { // expect: eintr-reconnect(retried)
    if (errno == EINTR) continue;
    throw std::system_error(errno, std::generic_category(), "connect");
  }
}

void dial_lambda(int fd, const sockaddr_in &sin) {
  auto dial = [&] {
    int rc;
    do
      rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin); // expect: eintr-reconnect(retried)
    while (rc < 0 && errno == EINTR);
    return rc;
  };
  (void)dial();
}

struct unique_fd {
  int fd;
  int get() const { return fd; }
};

int dial_raii(const unique_fd &fd, const sockaddr_in &sin) {
  int rc;
  while ((rc = ::connect(fd.get(), reinterpret_cast<const sockaddr *>(&sin), sizeof sin)) < 0 && errno == EINTR) { // expect: eintr-reconnect(retried)
  }
  return rc;
}

int dial_plain(int fd, const sockaddr_in &sin) {
  int rc;
  do {
    rc = connect(fd, (const sockaddr *)&sin, sizeof sin); // expect: eintr-reconnect(retried)
  } while (rc < 0 && (errno == EINTR));
  return rc;
}
