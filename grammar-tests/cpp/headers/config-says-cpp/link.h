#pragma once
#include <cerrno>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A C++ header in a folder of C sources: C++ because connectlint.config.json says so.
template <typename Address>
int link_to(int fd, const Address &peer) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&peer), sizeof(&peer)) < 0) // expect: addrlen-mismatch
    return -1;
  return fd;
}

template <typename Address>
int link_sized(int fd, const Address &peer) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) < 0) // ok: addrlen-mismatch
    return -1;
  return fd;
}

inline int link_v4(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    ::close(fd);
    std::fprintf(stderr, "connect: %d\n", errno); // expect: errno-clobbered
    return -1;
  }
  return fd;
}

inline int link_v4_saved(int fd, const sockaddr_in &sin) {
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
    int saved = errno;
    ::close(fd);
    std::fprintf(stderr, "connect: %d\n", saved); // ok: errno-clobbered
    return -1;
  }
  return fd;
}
