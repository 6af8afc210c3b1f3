// grammar-test: {"wrappers": {"connect": ["net_dial"], "socket": ["tcp_socket"], "nonBlocking": ["make_async"]}}
/*
 * The project's helpers live in other files; connectlint.config.json names them:
 * net_dial takes connect's arguments, tcp_socket returns a socket, make_async
 * makes its argument non-blocking.
 */
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

int net_dial(int fd, const struct sockaddr *sa, socklen_t len);
int tcp_socket(int domain, int type);
int make_async(int fd);

int through_wrappers(const struct sockaddr_in *sin)
{
    int fd = tcp_socket(AF_INET, SOCK_STREAM);
    make_async(fd);
    if (net_dial(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

int through_wrappers_checked(const struct sockaddr_in *sin)
{
    int fd = tcp_socket(AF_INET, SOCK_STREAM);
    make_async(fd);
    if (net_dial(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

int wrapper_discarded(const struct sockaddr_in *sin)
{
    int fd = tcp_socket(AF_INET, SOCK_DGRAM);
    net_dial(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: unchecked-return
    return fd;
}
