/*
 * Judged for FreeBSD (the default), except where the code is Linux's own: a
 * non-blocking UNIX-domain connect answers EAGAIN on Linux when the listener's
 * backlog is full, and never EINPROGRESS on FreeBSD or macOS.
 */
#include <errno.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#ifdef __linux__
int linux_local_fatal(const struct sockaddr_un *sun)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sun, sizeof(*sun)) < 0) { // expect: nonblocking-einprogress(fatalWithoutEagain)
        close(fd);
        return -1;
    }
    return fd;
}

int linux_local_eagain(const struct sockaddr_un *sun)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sun, sizeof(*sun)) < 0 && errno != EAGAIN) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}
#else
int bsd_local_fatal(const struct sockaddr_un *sun)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sun, sizeof(*sun)) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}
#endif
