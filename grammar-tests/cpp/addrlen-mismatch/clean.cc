// Lengths that match their address: none is a finding.
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>

class Peer {
 public:
  bool open();
  bool open_v4(const sockaddr_in *sin);
  bool open_this();
  bool open_unparenthesized();

 private:
  int fd_ = -1;
  sockaddr_in6 addr6_{};
};

bool Peer::open() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&addr6_), sizeof(addr6_)) == 0; // ok: addrlen-mismatch
}

bool Peer::open_v4(const sockaddr_in *sin) {
  return ::connect(fd_, reinterpret_cast<const sockaddr *>(sin), sizeof(*sin)) == 0; // ok: addrlen-mismatch
}

bool Peer::open_this() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&this->addr6_), sizeof(this->addr6_)) == 0; // ok: addrlen-mismatch
}

// The address's own size, for its address.
bool Peer::open_unparenthesized() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&addr6_), sizeof addr6_) == 0; // ok: addrlen-mismatch
}

// sizeof(struct sockaddr) for a sockaddr_in: the same 16 bytes.
int dial_v4(int fd, const sockaddr_in &sin) {
  sockaddr_in copy = sin;
  return ::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof(sockaddr)); // ok: addrlen-mismatch
}

int dial_ai(int fd, const addrinfo *ai) {
  return ::connect(fd, ai->ai_addr, ai->ai_addrlen); // ok: addrlen-mismatch
}

int dial_unix(int fd, const char *path) {
  sockaddr_un sun{};
  sun.sun_family = AF_UNIX;
  if (std::strlen(path) >= sizeof sun.sun_path) return -1;
  std::strcpy(sun.sun_path, path);
  socklen_t len = offsetof(sockaddr_un, sun_path) + std::strlen(path) + 1;
  return ::connect(fd, reinterpret_cast<sockaddr *>(&sun), len); // ok: addrlen-mismatch
}

// A storage holding an IPv6 address, with the IPv6 struct's length.
int dial_storage(int fd, const sockaddr_in6 &sin6) {
  sockaddr_storage ss{};
  std::memcpy(&ss, &sin6, sizeof sin6);
  return ::connect(fd, reinterpret_cast<sockaddr *>(&ss), sizeof(sockaddr_in6)); // ok: addrlen-mismatch
}

template <typename Addr>
int dial_any(int fd, const Addr &addr) {
  return ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(Addr)); // ok: addrlen-mismatch
}

struct Endpoint {
  sockaddr_in6 sa;
  socklen_t len;
  int dial(int fd) const {
    return ::connect(fd, reinterpret_cast<const sockaddr *>(&sa), len); // ok: addrlen-mismatch
  }
};

// A member named connect takes what it likes.
struct Channel {
  int connect(int fd, const char *name, size_t len);
  int open(int fd) { return connect(fd, "control", sizeof(sockaddr)); } // ok: addrlen-mismatch
};
