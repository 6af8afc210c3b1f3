// connect(2)'s result dropped in C++: in methods, lambdas, templates and namespaces.
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <string>

namespace net {

class TcpClient {
 public:
  explicit TcpClient(const sockaddr_in &addr) : addr_(addr) {}

  // The class has no connect of its own: the bare name is connect(2).
  void open() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    connect(fd_, reinterpret_cast<const sockaddr *>(&addr_), sizeof(addr_)); // expect: unchecked-return(discarded)
  }

  void reopen();
  bool start();

 private:
  int fd_ = -1;
  sockaddr_in addr_{};
};

// Defined out of the class.
void TcpClient::reopen() {
  ::close(fd_);
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  ::connect(fd_, reinterpret_cast<const sockaddr *>(&addr_), sizeof(addr_)); // expect: unchecked-return(discarded)
}

// Stored, then never looked at.
bool TcpClient::start() {
  int rc = ::connect(fd_, reinterpret_cast<const sockaddr *>(&addr_), sizeof(addr_)); // expect: unchecked-return(storedUnread)
  return fd_ >= 0;
}

// A template over the address type.
template <typename Addr>
int dial(const Addr &addr) {
  int fd = ::socket(AF_INET6, SOCK_STREAM, 0);
  ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(Addr)); // expect: unchecked-return(discarded)
  return fd;
}

}  // namespace net

// An RAII descriptor: fd.get() is the socket it holds.
class unique_fd {
 public:
  explicit unique_fd(int fd) : fd_(fd) {}
  ~unique_fd() { if (fd_ >= 0) ::close(fd_); }
  int get() const { return fd_; }

 private:
  int fd_;
};

void send_hello(const sockaddr_un &sun) {
  unique_fd fd(::socket(AF_UNIX, SOCK_STREAM, 0));
  ::connect(fd.get(), reinterpret_cast<const sockaddr *>(&sun), sizeof(sun)); // expect: unchecked-return(discarded)
  ::write(fd.get(), "hello\n", 6);
}

// Inside a lambda.
void connect_all(const int *fds, int n, const sockaddr_in &sin) {
  auto dial = [&](int fd) {
    ::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin); // expect: unchecked-return(discarded)
  };
  for (int i = 0; i < n; i++) dial(fds[i]);
}

// A free function that returns connect's result, dropped by a method.
static int raw_connect(int fd, const sockaddr *sa, socklen_t len) {
  return ::connect(fd, sa, len); // ok: unchecked-return
}

struct Session {
  int fd;
  sockaddr_in peer;
  void begin() {
    raw_connect(fd, reinterpret_cast<sockaddr *>(&peer), sizeof peer); // expect: unchecked-return(wrapperDiscarded)
  }
};

// extern "C" code in a C++ file.
extern "C" void c_entry(int fd, const struct sockaddr_in *sin) {
  connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: unchecked-return(discarded)
}
