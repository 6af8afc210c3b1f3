// Sockets and addresses of different families: EAFNOSUPPORT.
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace net {

class Client {
 public:
  int open_v4();
  int open_unix();

 private:
  sockaddr_in6 addr6_{};
  sockaddr_un local_{};
  sockaddr_in addr4_{};
};

int Client::open_v4() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (::connect(fd, reinterpret_cast<sockaddr *>(&addr6_), sizeof(addr6_)) < 0) { // expect: family-mismatch
    ::close(fd);
    return -1;
  }
  return fd;
}

int Client::open_unix() {
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  if (::connect(fd, reinterpret_cast<sockaddr *>(&addr4_), sizeof(addr4_)) < 0) { // expect: family-mismatch
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace net

int v6_socket_v4_address(const sockaddr_in *sin) {
  int fd = ::socket(AF_INET6, SOCK_STREAM, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(sin), sizeof(*sin)) < 0) { // expect: family-mismatch
    ::close(fd);
    return -1;
  }
  return fd;
}

int unix_socket_v6_address(const sockaddr_in6 &sin6) {
  int fd = ::socket(PF_UNIX, SOCK_STREAM, 0);
  sockaddr_in6 copy = sin6;
  return ::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof copy) == 0 ? fd : -1; // expect: family-mismatch
}

struct Dialer {
  int dial(const sockaddr_un &sun) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_un copy = sun;
    return ::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof copy) == 0 ? fd : -1; // expect: family-mismatch
  }
};

template <typename Port>
int dial_port(Port port) {
  sockaddr_in6 sin6{};
  sin6.sin6_family = AF_INET6;
  sin6.sin6_port = htons(port);
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&sin6), sizeof sin6) == 0 ? fd : -1; // expect: family-mismatch
}

void in_lambda(const sockaddr_in &sin) {
  auto dial = [&] {
    int fd = ::socket(AF_INET6, SOCK_STREAM, 0);
    sockaddr_in copy = sin;
    return ::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof copy) == 0 ? fd : -1; // expect: family-mismatch
  };
  dial();
}

extern "C" int c_dial(const struct sockaddr_in6 *sin6) {
  int fd = socket(AF_LOCAL, SOCK_STREAM, 0);
  return connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)) == 0 ? fd : -1; // expect: family-mismatch
}
