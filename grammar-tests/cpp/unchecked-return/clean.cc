// Results tested, and connects that are not connect(2): members, other namespaces, Qt.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <string>
#include <system_error>

struct Endpoint {
  bool connect(const std::string &host);
  void disconnect();
};

class Client {
 public:
  // A member named connect: inside the class, the bare name is this one.
  int connect(int fd, const char *host, int port);
  void start(Endpoint &ep, Client *other);
  bool open(const sockaddr_in &sin);

 private:
  int fd_ = -1;
};

void Client::start(Endpoint &ep, Client *other) {
  ep.connect("db.internal"); // ok: unchecked-return
  other->connect(fd_, "cache.internal", 6379); // ok: unchecked-return
  connect(fd_, "localhost", 80); // ok: unchecked-return
}

bool Client::open(const sockaddr_in &sin) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (::connect(fd_, reinterpret_cast<const sockaddr *>(&sin), sizeof sin) < 0) { // ok: unchecked-return
    ::close(fd_);
    return false;
  }
  return true;
}

int dial_or_throw(const sockaddr_in &sin) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin); // ok: unchecked-return
  if (rc != 0) throw std::system_error(errno, std::generic_category(), "connect");
  return fd;
}

// The lambda returns the result; its caller tests it.
bool try_dial(int fd, const sockaddr_in &sin) {
  auto dial = [&] {
    return ::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin); // ok: unchecked-return
  };
  return dial() == 0;
}

template <typename Socket, typename Endpoints>
void asio_style(Socket &socket, const Endpoints &endpoints) {
  asio::connect(socket, endpoints); // ok: unchecked-return
  socket.connect(*endpoints.begin()); // ok: unchecked-return
}

// Qt's signal connection: QObject::connect is no socket call.
void wire(QPushButton *button, QWidget *window) {
  QObject::connect(button, &QPushButton::clicked, window, &QWidget::close); // ok: unchecked-return
}

// A deliberate discard, C++'s way (flagged only when the option asks for casts).
void probe(int fd, const sockaddr_in &sin) {
  static_cast<void>(::connect(fd, reinterpret_cast<const sockaddr *>(&sin), sizeof sin)); // ok: unchecked-return
}

std::unique_ptr<Endpoint> make_endpoint(const std::string &host) {
  auto ep = std::make_unique<Endpoint>();
  if (!ep->connect(host)) return nullptr; // ok: unchecked-return
  return ep;
}
