// Lengths that do not match the address passed: EINVAL, or a truncated address.
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace net {

class Peer {
 public:
  bool open_v6();
  bool open_unix();
  bool open_storage();
  bool open_this();
  bool open_address_size();
  bool open_this_address_size();

 private:
  int fd_ = -1;
  sockaddr_in6 addr6_{};
  sockaddr_un local_{};
  sockaddr_storage any_{};
};

// A data member's type is read from the class.
bool Peer::open_v6() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&addr6_), sizeof(sockaddr)) == 0; // expect: addrlen-mismatch(tooShort)
}

bool Peer::open_unix() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&local_), sizeof(sockaddr_in)) == 0; // expect: addrlen-mismatch(tooShort)
}

// FreeBSD takes namelen as sa_len: a sockaddr_storage's size is rejected.
bool Peer::open_storage() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&any_), sizeof(any_)) == 0; // expect: addrlen-mismatch(storageOnBsd)
}

// Through `this->`: the member is the same.
bool Peer::open_this() {
  return ::connect(this->fd_, reinterpret_cast<sockaddr *>(&this->addr6_), sizeof(sockaddr_in)) == 0; // expect: addrlen-mismatch(tooShort)
}

// The size of the address's address: a pointer's 8 bytes.
bool Peer::open_address_size() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&addr6_), sizeof(&addr6_)) == 0; // expect: addrlen-mismatch(addressSize)
}

bool Peer::open_this_address_size() {
  return ::connect(fd_, reinterpret_cast<sockaddr *>(&this->addr6_), sizeof &this->addr6_) == 0; // expect: addrlen-mismatch(addressSize)
}

}  // namespace net

// The size of the pointer, not of what it points to.
int dial_ptr(int fd, const sockaddr_in6 *sin6) {
  return ::connect(fd, reinterpret_cast<const sockaddr *>(sin6), sizeof(sin6)); // expect: addrlen-mismatch(pointerSize)
}

struct Conn {
  int fd;
  int start(const sockaddr_in6 &peer) {
    sockaddr_in6 copy = peer;
    return ::connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof(struct sockaddr_in)); // expect: addrlen-mismatch(tooShort)
  }
};

template <typename T>
int dial_v6(int fd, const T &port) {
  sockaddr_in6 sin6{};
  sin6.sin6_family = AF_INET6;
  sin6.sin6_port = port;
  return ::connect(fd, (sockaddr *)&sin6, sizeof(sockaddr_in)); // expect: addrlen-mismatch(tooShort)
}

void in_lambda(int fd, const sockaddr_un &sun) {
  auto go = [&]() {
    sockaddr_un copy = sun;
    return connect(fd, reinterpret_cast<sockaddr *>(&copy), sizeof(sockaddr)); // expect: addrlen-mismatch(tooShort)
  };
  if (go() != 0) ::close(fd);
}

// A longer length than the struct: Linux takes it, the BSDs do not.
int dial_v4_long(int fd) {
  sockaddr_in sin{};
  sin.sin_family = AF_INET;
  return ::connect(fd, reinterpret_cast<sockaddr *>(&sin), sizeof(sockaddr_in6)); // expect: addrlen-mismatch(bsdExact)
}
