/* Non-blocking connects done right, or handed over: none of these is a finding. */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct conn {
    int fd;
};

void event_add_write(int fd, void (*cb)(int));
void on_writable(int fd);

static int connect_finished(int fd)
{
    int err = 0;
    socklen_t len = sizeof(err);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
        return -1;
    return err == 0 ? 0 : -1;
}

int poll_and_so_error(const struct sockaddr_in *sin, const char *msg)
{
    struct pollfd pfd;
    int err = 0;
    socklen_t len = sizeof(err);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: einprogress-unconfirmed
        if (errno != EINPROGRESS)
            goto fail;
        pfd.fd = fd;
        pfd.events = POLLOUT;
        if (poll(&pfd, 1, 5000) != 1)
            goto fail;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err != 0)
            goto fail;
    }
    write(fd, msg, strlen(msg));
    return fd;
fail:
    close(fd);
    return -1;
}

int poll_and_helper(const struct sockaddr_in *sin, const char *msg)
{
    struct pollfd pfd = { .events = POLLOUT };
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    pfd.fd = fd;
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno == EINPROGRESS) { // ok: einprogress-unconfirmed
        if (poll(&pfd, 1, 5000) != 1 || connect_finished(fd) < 0) {
            close(fd);
            return -1;
        }
    }
    write(fd, msg, strlen(msg));
    return close(fd);
}

int poll_and_getpeername(const struct sockaddr_in *sin, char *buf, size_t n)
{
    struct pollfd pfd = { .events = POLLOUT };
    struct sockaddr_storage peer;
    socklen_t plen = sizeof(peer);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    pfd.fd = fd;
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) // ok: einprogress-unconfirmed
        return -1;
    poll(&pfd, 1, 5000);
    if (getpeername(fd, (struct sockaddr *)&peer, &plen) < 0) {
        close(fd);
        return -1;
    }
    recv(fd, buf, n, 0);
    return close(fd);
}

/* Returned to the caller, who waits for it. */
int start_connect(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // ok: einprogress-unconfirmed
        close(fd);
        return -1;
    }
    return fd;
}

/* Stored in a struct: an event loop finishes the connect. */
int conn_start(struct conn *c, const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // ok: einprogress-unconfirmed
        close(fd);
        return -1;
    }
    c->fd = fd;
    return 0;
}

/* Registered with an event loop. */
int register_connect(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1 && errno != EINPROGRESS) // ok: einprogress-unconfirmed
        return -1;
    event_add_write(fd, on_writable);
    return 0;
}

/* EISCONN after a poll, confirmed with SO_ERROR. */
int eisconn_confirmed(const struct sockaddr_in *sin, const char *msg)
{
    struct pollfd pfd = { .events = POLLOUT };
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    pfd.fd = fd;
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // ok: einprogress-unconfirmed
            break;
        if (errno == EISCONN && connect_finished(fd) == 0)
            break;
        if (errno != EINPROGRESS && errno != EALREADY) {
            close(fd);
            return -1;
        }
        poll(&pfd, 1, 1000);
    }
    write(fd, msg, strlen(msg));
    return close(fd);
}

/* Nothing is done with the socket after connect but closing it on error. */
int probe(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // ok: einprogress-unconfirmed
    if (rc < 0 && errno != EINPROGRESS)
        rc = -1;
    close(fd);
    return rc;
}
