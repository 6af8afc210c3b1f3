/* How real code connects non-blocking sockets: none of these is a finding. */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#ifdef _WIN32
#define SOCKERRNO WSAGetLastError()
#define SOCK_EINPROGRESS WSAEWOULDBLOCK
#else
#define SOCKERRNO (errno)
#define SOCK_EINPROGRESS EINPROGRESS
#endif
#define CONNECT_IN_PROGRESS(e) ((e) == EINPROGRESS || (e) == EWOULDBLOCK)

static int would_block(int err)
{
    return err == EINPROGRESS || err == EAGAIN;
}

int handles_errno(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: nonblocking-einprogress
        if (errno != EINPROGRESS) {
            close(fd);
            return -1;
        }
    }
    return fd; /* the caller polls for writability */
}

int handles_switch(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1) { // ok: nonblocking-einprogress
        switch (errno) {
        case EINPROGRESS:
        case EINTR:
            break;
        default:
            close(fd);
            return -1;
        }
    }
    return fd;
}

int handles_macro(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) != 0 && SOCKERRNO != SOCK_EINPROGRESS) // ok: nonblocking-einprogress
        return -1;
    return fd;
}

int handles_classifier(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // ok: nonblocking-einprogress
    if (rc < 0 && !CONNECT_IN_PROGRESS(errno)) {
        close(fd);
        return -1;
    }
    return fd;
}

int handles_helper(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && !would_block(errno)) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

int saved_errno_copy(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: nonblocking-einprogress
        int err = errno;
        if (err == EINPROGRESS || err == EWOULDBLOCK)
            return fd;
        close(fd);
        return -1;
    }
    return fd;
}

/* Datagram sockets complete connect at once: no EINPROGRESS. */
int udp(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

/* UNIX-domain connect never answers EINPROGRESS. */
int local(const struct sockaddr_un *sun)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sun, sizeof(*sun)) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

/* Non-blocking only on one branch; this connect is on the other. */
int blocking_path(const struct sockaddr_in *sin, int async)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (async) {
        fcntl(fd, F_SETFL, O_NONBLOCK);
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) // ok: nonblocking-einprogress
            return -1;
    } else {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // ok: nonblocking-einprogress
            return -1;
    }
    return fd;
}

/* Made blocking again before connecting: flags & ~O_NONBLOCK. */
int made_blocking(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

/* The failure is not fatal: logged, and the caller decides. */
int logs_only(const struct sockaddr_in *sin, int *status)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // ok: nonblocking-einprogress
        *status = errno;
    return fd;
}
