// errno read after a call that may have changed it: the classic C++ one throws after close.
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
  int open_logged(const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

void Client::open(const sockaddr_in &sin) {
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    ::close(fd_);
    throw std::system_error(errno, std::generic_category(), "connect"); // expect: errno-clobbered(clobbered)
  }
}

int Client::open_logged(const sockaddr_in &sin) {
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) == -1) {
    std::fprintf(stderr, "connect failed\n");
    std::fprintf(stderr, "reason: %s\n", std::strerror(errno)); // expect: errno-clobbered(clobbered)
    return -1;
  }
  return fd_;
}

namespace net {

int dial(int fd, const sockaddr_in6 &sin6) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin6), sizeof sin6) != 0) {
    ::close(fd);
    return -errno; // expect: errno-clobbered(clobbered)
  }
  return fd;
}

std::error_code dial_ec(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    close(fd);
    return std::error_code(errno, std::system_category()); // expect: errno-clobbered(clobbered)
  }
  return {};
}

}  // namespace net

template <typename Addr>
int dial_template(int fd, const Addr &addr) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) < 0) {
    std::printf("connect failed\n");
    if (errno == ECONNREFUSED) return 1; // expect: errno-clobbered(clobbered)
    return -1;
  }
  return 0;
}

void dial_lambda(int fd, const sockaddr_in &sin) {
  auto dial = [&] {
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
      ::close(fd);
      std::perror("connect"); // expect: errno-clobbered(clobbered)
      return false;
    }
    return true;
  };
  dial();
}

struct unique_fd {
  int fd;
  int get() const { return fd; }
};

int dial_raii(const unique_fd &fd, const sockaddr_in &sin) {
  int rc = ::connect(fd.get(), reinterpret_cast<const sockaddr *>(&sin), sizeof sin);
  if (rc < 0) {
    std::fputs("connect failed\n", stderr);
    return errno == EINPROGRESS ? 0 : -1; // expect: errno-clobbered(clobbered)
  }
  return 0;
}

extern "C" int c_dial(int fd, const struct sockaddr_in *sin) {
  if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
    free(nullptr);
    close(fd);
    fprintf(stderr, "connect: %s\n", strerror(errno)); // expect: errno-clobbered(clobbered)
    return -1;
  }
  return fd;
}
