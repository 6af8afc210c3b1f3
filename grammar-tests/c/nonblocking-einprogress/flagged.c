/* Non-blocking sockets whose connect failure is fatal before EINPROGRESS is ruled out. */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

static int set_nonblocking(int fd)
{
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0)
        return -1;
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

int dial_sock_nonblock(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

int dial_fcntl(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1) // expect: nonblocking-einprogress(fatalWithoutInProgress)
        goto fail;
    return fd;
fail:
    close(fd);
    return -1;
}

int dial_ioctl(const struct sockaddr_in *sin)
{
    int on = 1;
    int fd = socket(PF_INET, SOCK_STREAM, IPPROTO_TCP);
    ioctl(fd, FIONBIO, &on);
    int rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: nonblocking-einprogress(fatalWithoutInProgress)
    if (rc != 0) {
        perror("connect");
        close(fd);
        return -1;
    }
    return fd;
}

int dial_helper(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (set_nonblocking(fd) < 0)
        return -1;
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin))) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

int dial_ndelay(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    fcntl(fd, F_SETFL, O_NDELAY);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // expect: nonblocking-einprogress(fatalWithoutInProgress)
        return -1;
    return fd;
}

int dial_success_first(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: nonblocking-einprogress(fatalWithoutInProgress)
        return fd;
    close(fd);
    return -1;
}

/* The IPv4 path handles EINPROGRESS; the IPv6 path was added later and does not. */
int dial_dual(const struct sockaddr_in *sin, const struct sockaddr_in6 *sin6, int v6)
{
    if (v6) {
        int fd6 = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
        if (connect(fd6, (const struct sockaddr *)sin6, sizeof(*sin6)) < 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
            close(fd6);
            return -1;
        }
        return fd6;
    }
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

struct conn {
    int fd;
};

int conn_open(struct conn *c, const struct sockaddr_in *sin)
{
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    set_nonblocking(c->fd);
    if (connect(c->fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // expect: nonblocking-einprogress(fatalWithoutInProgress)
        return -1;
    return 0;
}

/* A descriptor from the caller, made non-blocking here. */
int attach(int fd, const struct sockaddr_in *sin)
{
    if (set_nonblocking(fd) < 0)
        return -1;
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return 0;
}
