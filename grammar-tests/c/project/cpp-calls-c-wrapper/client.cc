// A C++ client of the project's C wrapper: the wrapper is read from net.c.
#include <sys/socket.h>

#include "net.h"

class Client {
 public:
  void start(const sockaddr *sa, socklen_t len) {
    net_dial(fd_, sa, len); // expect: unchecked-return
  }
  bool open(const sockaddr *sa, socklen_t len) {
    return net_dial(fd_, sa, len) == 0; // ok: unchecked-return
  }

 private:
  int fd_ = -1;
};
