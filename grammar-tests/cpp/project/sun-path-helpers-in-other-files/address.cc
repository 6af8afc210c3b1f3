#include <cstring>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include "xstring.hh"

namespace Ipc {
struct sockaddr_un PathToAddress(const std::string &path);
}

struct sockaddr_un
Ipc::PathToAddress(const std::string &path) {
    struct sockaddr_un unixAddr;
    std::memset(&unixAddr, 0, sizeof(unixAddr));
    unixAddr.sun_family = AF_LOCAL;
    xstrncpy(unixAddr.sun_path, path.c_str(), sizeof(unixAddr.sun_path)); // expect: unix-path-bounds
    return unixAddr;
}

void fill_checked(sockaddr_un &un, const char *path) {
    if (std::strlen(path) >= sizeof(un.sun_path))
        fatal("socket path too long");
    std::strcpy(un.sun_path, path); // ok: unix-path-bounds
}

namespace ipc {

// In its namespace, a call names `bail` bare (a qualified `ipc::bail` is not resolved).
void fill_thrown(sockaddr_un &un, const char *path) {
    if (std::strlen(path) >= sizeof(un.sun_path))
        bail("socket path too long");
    std::strcpy(un.sun_path, path); // ok: unix-path-bounds
}

}  // namespace ipc

int fill_told(sockaddr_un &un, const char *path) {
    if (copy_told(un.sun_path, path, sizeof(un.sun_path)) >= sizeof(un.sun_path)) // ok: unix-path-bounds
        return -1;
    return 0;
}

void fill_unchecked_told(sockaddr_un &un, const char *path) {
    copy_told(un.sun_path, path, sizeof(un.sun_path)); // expect: unix-path-bounds
}
