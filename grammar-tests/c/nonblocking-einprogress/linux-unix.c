// grammar-test: {"platform": "linux"}
/* On Linux a non-blocking UNIX-domain connect answers EAGAIN when the listener's backlog is full. */
#include <errno.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int local_fatal(const struct sockaddr_un *sun)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sun, sizeof(*sun)) < 0) { // expect: nonblocking-einprogress(fatalWithoutEagain)
        close(fd);
        return -1;
    }
    return fd;
}

int local_eagain(const struct sockaddr_un *sun)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sun, sizeof(*sun)) < 0 && errno != EAGAIN) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}
