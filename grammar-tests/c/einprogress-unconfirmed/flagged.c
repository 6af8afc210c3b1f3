/* EINPROGRESS accepted, then the socket used without proof that it connected. */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

int send_at_once(const struct sockaddr_in *sin, const char *msg)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // expect: einprogress-unconfirmed(noWait)
        close(fd);
        return -1;
    }
    write(fd, msg, strlen(msg)); /* the connection may not exist yet */
    close(fd);
    return 0;
}

int poll_without_so_error(const struct sockaddr_in *sin, const char *msg)
{
    struct pollfd pfd;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1) { // expect: einprogress-unconfirmed(noConfirm)
        if (errno != EINPROGRESS)
            goto fail;
        pfd.fd = fd;
        pfd.events = POLLOUT;
        if (poll(&pfd, 1, 5000) != 1)
            goto fail;
    }
    /* writable also when the connect failed */
    send(fd, msg, strlen(msg), 0);
    return fd;
fail:
    close(fd);
    return -1;
}

int select_without_so_error(const struct sockaddr_in *sin, char *buf, size_t len)
{
    fd_set wfds;
    struct timeval tv = { 5, 0 };
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: einprogress-unconfirmed(noConfirm)
    if (rc < 0 && errno == EINPROGRESS) {
        FD_ZERO(&wfds);
        FD_SET(fd, &wfds);
        if (select(fd + 1, NULL, &wfds, NULL, &tv) <= 0) {
            close(fd);
            return -1;
        }
    } else if (rc < 0) {
        close(fd);
        return -1;
    }
    read(fd, buf, len);
    close(fd);
    return 0;
}

/* Re-polls with connect and takes EISCONN for success: no proof (Darwin has answered EISCONN for a refused socket). */
int eisconn_for_success(const struct sockaddr_in *sin, const char *msg)
{
    struct pollfd pfd = { .events = POLLOUT };
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    pfd.fd = fd;
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: einprogress-unconfirmed(eisconnProof)
            break;
        if (errno == EISCONN)
            break;
        if (errno != EINPROGRESS && errno != EALREADY) {
            close(fd);
            return -1;
        }
        poll(&pfd, 1, 1000);
    }
    write(fd, msg, strlen(msg));
    close(fd);
    return 0;
}

int wouldblock_then_recv(const struct sockaddr_in6 *sin6, char *buf, size_t len)
{
    int fd = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)) != 0) { // expect: einprogress-unconfirmed(noWait)
        if (errno != EINPROGRESS && errno != EWOULDBLOCK) {
            close(fd);
            return -1;
        }
    }
    recv(fd, buf, len, 0);
    close(fd);
    return 0;
}

int switch_then_write(const struct sockaddr_in *sin, const char *msg)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: einprogress-unconfirmed(noWait)
        switch (errno) {
        case EINPROGRESS:
            break;
        default:
            close(fd);
            return -1;
        }
    }
    write(fd, msg, strlen(msg));
    return close(fd);
}

int epoll_without_so_error(int ep, const struct sockaddr_in *sin, const char *msg)
{
    struct epoll_event ev;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) // expect: einprogress-unconfirmed(noConfirm)
        return -1;
    epoll_wait(ep, &ev, 1, 1000);
    write(fd, msg, strlen(msg));
    return close(fd);
}

int sendto_at_once(const struct sockaddr_in *sin, const char *msg)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ioctl(s, FIONBIO, &one);
    if (connect(s, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) // expect: einprogress-unconfirmed(noWait)
        return -1;
    sendto(s, msg, strlen(msg), 0, NULL, 0);
    return close(s);
}

/* EISCONN for success, then the socket goes back to the caller. */
int eisconn_returned(const struct sockaddr_in *sin)
{
    struct pollfd pfd = { .events = POLLOUT };
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    pfd.fd = fd;
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: einprogress-unconfirmed(eisconnProof)
            return fd;
        if (errno == EISCONN)
            return fd;
        if (errno != EINPROGRESS && errno != EALREADY)
            break;
        poll(&pfd, 1, 1000);
    }
    close(fd);
    return -1;
}

/* A pollfd filled by an initializer is still this function's. */
int initializer_pollfd(const struct sockaddr_in *sin, const char *msg)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    struct pollfd pfd = { fd, POLLOUT, 0 };
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) // expect: einprogress-unconfirmed(noConfirm)
        return -1;
    poll(&pfd, 1, 1000);
    write(fd, msg, strlen(msg));
    return close(fd);
}
