// Families that agree, or cannot be known here: none is a finding.
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

class Client {
 public:
  int open();
  int open_unix();

 private:
  sockaddr_in6 addr6_{};
  sockaddr_un local_{};
};

int Client::open() {
  int fd = ::socket(AF_INET6, SOCK_STREAM, 0);
  if (::connect(fd, reinterpret_cast<sockaddr *>(&addr6_), sizeof(addr6_)) < 0) { // ok: family-mismatch
    ::close(fd);
    return -1;
  }
  return fd;
}

int Client::open_unix() {
  int fd = ::socket(PF_LOCAL, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&local_), sizeof(local_)) == 0 ? fd : -1; // ok: family-mismatch
}

int from_addrinfo(const addrinfo *ai) {
  int fd = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
  return ::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 ? fd : -1; // ok: family-mismatch
}

// A socket from the caller: its family is the caller's business.
int on_socket(int fd, const sockaddr_in6 &sin6) {
  return ::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6); // ok: family-mismatch
}

// A datagram socket dissolves its association with AF_UNSPEC.
int dissolve(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in copy = sin;
  if (::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof copy) < 0) return -1; // ok: family-mismatch
  sockaddr_in unspec{};
  unspec.sin_family = AF_UNSPEC;
  if (::connect(fd, reinterpret_cast<sockaddr *>(&unspec), sizeof unspec) < 0) return -1; // ok: family-mismatch
  return fd;
}

template <typename Addr>
int dial_any(int family, const Addr &addr) {
  int fd = ::socket(family, SOCK_STREAM, 0);
  return ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0 ? fd : -1; // ok: family-mismatch
}

struct Dialer {
  int dial(const sockaddr_un &sun) {
    int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un copy = sun;
    return ::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof copy) == 0 ? fd : -1; // ok: family-mismatch
  }
};

// An IPv6 datagram socket may take an IPv4 address (Linux, without IPV6_V6ONLY).
int v6_datagram(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET6, SOCK_DGRAM, 0);
  sockaddr_in copy = sin;
  return ::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof copy) == 0 ? fd : -1; // ok: family-mismatch
}
