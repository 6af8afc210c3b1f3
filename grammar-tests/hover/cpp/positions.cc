// Hover positions in C++: a comment /*@name*/ marks the token right after it.
// rules/test/hover-cpp.test.ts asks the hover function at each one.
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

struct Endpoint {
  bool connect(const std::string &host);
};

namespace net {

class Client {
 public:
  int open(const sockaddr_in &sin, Endpoint &ep, Client *other) {
    int fd = ::socket(AF_INET, SOCK_STREAM | /*@sock-nonblock*/SOCK_NONBLOCK, 0);
    if (::/*@connect-handled*/connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) {
      if (errno != /*@einprogress*/EINPROGRESS && errno != EINTR) {
        ::close(fd);
        return -1;
      }
    }
    ep./*@member-connect*/connect("db.internal");
    other->/*@pointer-connect*/connect(fd, "cache", 6379);
    return fd;
  }
  int connect(int fd, const char *host, int port);
};

}  // namespace net

template <typename Addr>
void dropped(int fd, const Addr &addr) {
  auto go = [&] { std::/*@connect-std-copy*/strcpy(nullptr, ""); /*@connect-dropped*/connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr); };
  go();
}

void path(sockaddr_un &sun) {
  sun./*@sun-path*/sun_path[0] = '\0';
}
