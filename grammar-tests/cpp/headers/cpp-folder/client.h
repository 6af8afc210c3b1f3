#pragma once
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>

// A C++ header beside C++ sources: read with the C++ grammar by every face.
namespace net {

class Client {
 public:
  int dial(const sockaddr_un &addr) {
    ::connect(fd_, reinterpret_cast<const sockaddr *>(&addr), sizeof addr); // expect: unchecked-return
    return 0;
  }

  int dial_checked(const sockaddr_un &addr) {
    if (::connect(fd_, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) < 0) // ok: unchecked-return
      return -1;
    return 0;
  }

  void fill(sockaddr_un &addr, const std::string &path) {
    std::strcpy(addr.sun_path, path.c_str()); // expect: unix-path-bounds
  }

  void fill_checked(sockaddr_un &addr, const std::string &path) {
    if (path.size() >= sizeof addr.sun_path)
      return;
    std::strcpy(addr.sun_path, path.c_str()); // ok: unix-path-bounds
  }

 private:
  int fd_ = -1;
};

}  // namespace net
