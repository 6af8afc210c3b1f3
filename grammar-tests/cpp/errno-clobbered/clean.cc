// errno read in time, or saved first: none is a finding.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

class Client {
 public:
  void open(const sockaddr_in &sin);
  int open_saved(const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

void Client::open(const sockaddr_in &sin) {
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    int saved = errno; // ok: errno-clobbered
    ::close(fd_);
    throw std::system_error(saved, std::generic_category(), "connect");
  }
}

int Client::open_saved(const sockaddr_in &sin) {
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    const int err = errno; // ok: errno-clobbered
    ::close(fd_);
    std::fprintf(stderr, "connect: %s\n", std::strerror(err));
    return -err;
  }
  return fd_;
}

// The exception is built before close runs.
void dial_throw_first(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    std::system_error error(errno, std::generic_category(), "connect"); // ok: errno-clobbered
    ::close(fd);
    throw error;
  }
}

int dial_read_first(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    std::fprintf(stderr, "connect: %s\n", std::strerror(errno)); // ok: errno-clobbered
    ::close(fd);
    return -1;
  }
  return fd;
}

// Restored after close.
int dial_restore(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    int saved = errno;
    ::close(fd);
    errno = saved;
    std::perror("connect"); // ok: errno-clobbered
    return -1;
  }
  return fd;
}

template <typename Addr>
std::error_code dial_ec(int fd, const Addr &addr) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) < 0)
    return std::error_code(errno, std::system_category()); // ok: errno-clobbered
  return {};
}

void dial_lambda(int fd, const sockaddr_in &sin) {
  auto dial = [&] {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0 && errno != EINPROGRESS) { // ok: errno-clobbered
      ::close(fd);
      return false;
    }
    return true;
  };
  dial();
}

// A member close() is the class's, and errno is read before it anyway.
struct Conn {
  int fd;
  void close();
  int open(const sockaddr_in &sin) {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
      int err = errno; // ok: errno-clobbered
      close();
      return -err;
    }
    return 0;
  }
};

// Exclusive preprocessor arms: the close() is compiled on Windows only, the read elsewhere
// (libzmq's socks_connecter_t::connect_to_proxy; a corpus false positive, fixed).
int connect_to_proxy(int s, const sockaddr *addr, socklen_t len) {
  int rc = ::connect(s, addr, len);
  if (rc == 0) return 0;
#ifdef ZMQ_HAVE_WINDOWS
  const int last_error = WSAGetLastError();
  if (last_error == WSAEINPROGRESS || last_error == WSAEWOULDBLOCK)
    errno = EINPROGRESS;
  else {
    errno = wsa_error_to_errno(last_error);
    ::close(s);
  }
#else
  if (errno == EINTR) // ok: errno-clobbered
    errno = EINPROGRESS;
#endif
  return -1;
}
