/* EINTR handled by waiting, or not retried: none of these is a finding. */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

static int wait_connected(int fd)
{
    struct pollfd pfd = { .fd = fd, .events = POLLOUT };
    int err = 0;
    socklen_t len = sizeof(err);
    while (poll(&pfd, 1, -1) < 0)
        if (errno != EINTR)
            return -1;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err != 0)
        return -1;
    return 0;
}

int wait_after_eintr(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: eintr-reconnect
        if (errno != EINTR && errno != EINPROGRESS)
            return -1;
        return wait_connected(fd);
    }
    return 0;
}

int poll_in_branch(int fd, const struct sockaddr_in *sin)
{
    struct pollfd pfd = { .fd = fd, .events = POLLOUT };
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // ok: eintr-reconnect
            return 0;
        if (errno == EINTR || errno == EINPROGRESS) {
            poll(&pfd, 1, -1);
            return 0;
        }
        return -1;
    }
}

/* EINTR gives up: no retry. */
int give_up_on_eintr(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: eintr-reconnect
        if (errno == EINTR)
            return -2;
        return -1;
    }
    return 0;
}

/* In a loop, but the EINTR branch leaves it. */
int loop_leaves(int fd, const struct sockaddr_in *sin, int n)
{
    for (int i = 0; i < n; i++) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(s, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // ok: eintr-reconnect
            return s;
        if (errno == EINTR) {
            close(s);
            return -1;
        }
        close(s);
    }
    return -1;
}

/* EINTR from poll(), not from connect(). */
int eintr_of_poll(int fd, const struct sockaddr_in *sin)
{
    struct pollfd pfd = { .fd = fd, .events = POLLOUT };
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) // ok: eintr-reconnect
        return -1;
    while (poll(&pfd, 1, 1000) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return 0;
}

/* A retry loop for other errors; EINTR is not among them. */
int retry_refused(const struct sockaddr_in *sin)
{
    for (int i = 0; i < 3; i++) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(s, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // ok: eintr-reconnect
            return s;
        close(s);
    }
    return -1;
}

/* The EINTR case is counted, then the loop leaves. */
int count_eintr(int fd, const struct sockaddr_in *sin, int *interrupted)
{
    while (1) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // ok: eintr-reconnect
            break;
        if (errno == EINTR)
            ++*interrupted;
        return -1;
    }
    return 0;
}

/* The retry loop of read(), nothing to do with connect. */
ssize_t read_all(int fd, const struct sockaddr_in *sin, char *buf, size_t n)
{
    ssize_t got;
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // ok: eintr-reconnect
        return -1;
    do {
        got = read(fd, buf, n);
    } while (got < 0 && errno == EINTR);
    return got;
}

/* On EINTR, a new socket: a fresh start, not a restart. */
int new_socket_on_eintr(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: eintr-reconnect
        if (errno != EINTR)
            return -1;
        close(fd);
        fd = socket(AF_INET, SOCK_STREAM, 0);
    }
    return fd;
}
