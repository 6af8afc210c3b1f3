/* Retries done right, and connects that may repeat: none of these is a finding. */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

int retry_new_socket(const struct sockaddr_in *sin, int attempts)
{
    for (int i = 0; i < attempts; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // ok: repeated-connect
            return fd;
        close(fd);
        sleep(1);
    }
    return -1;
}

int each_address(const struct addrinfo *res)
{
    int fd = -1;
    for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) // ok: repeated-connect
            break;
        close(fd);
        fd = -1;
    }
    return fd;
}

int recreate_in_loop(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: repeated-connect
        close(fd);
        sleep(1);
        fd = socket(AF_INET, SOCK_STREAM, 0);
    }
    return fd;
}

/* Re-polling a non-blocking connect: EINPROGRESS / EALREADY until it is done. */
int repoll(const struct sockaddr_in *sin)
{
    struct pollfd pfd = { .events = POLLOUT };
    int err = 0;
    socklen_t len = sizeof(err);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    pfd.fd = fd;
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: repeated-connect
        if (errno == EISCONN)
            break;
        if (errno != EINPROGRESS && errno != EALREADY)
            return -1;
        poll(&pfd, 1, 100);
    }
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err != 0)
        return -1;
    return fd;
}

/* Datagram sockets may connect again to change their peer. */
int udp_peers(const struct sockaddr_in *peers, int n)
{
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    for (int i = 0; i < n; i++) {
        if (connect(fd, (const struct sockaddr *)&peers[i], sizeof(peers[i])) == 0) // ok: repeated-connect
            send(fd, "ping", 4, 0);
    }
    return fd;
}

/* The loop leaves on failure: connect runs once per socket. */
int loop_exits_on_failure(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: repeated-connect
            close(fd);
            return -1;
        }
        break;
    }
    return fd;
}

/* A fallback on a fresh socket. */
int primary_then_backup(const struct sockaddr_in *primary, const struct sockaddr_in *backup)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)primary, sizeof(*primary)) < 0) { // ok: repeated-connect
        close(fd);
        fd = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(fd, (const struct sockaddr *)backup, sizeof(*backup)) < 0) { // ok: repeated-connect
            close(fd);
            return -1;
        }
    }
    return fd;
}

/* A socket of unknown type (the caller's) that the function uses as a datagram socket. */
int reconnect_param_datagram(int fd, const struct sockaddr_in *sin, const char *msg)
{
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // ok: repeated-connect
        sleep(1);
    return sendto(fd, msg, 1, 0, (const struct sockaddr *)sin, sizeof(*sin)) < 0 ? -1 : 0;
}

/* Its name says datagram. */
int reconnect_udp_param(int udp_fd, const struct sockaddr_in *sin)
{
    while (connect(udp_fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // ok: repeated-connect
        sleep(1);
    return 0;
}

/* One socket per peer, in an array. */
void connect_all(int *fds, const struct sockaddr_in *peers, int n)
{
    for (int i = 0; i < n; i++) {
        fds[i] = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(fds[i], (const struct sockaddr *)&peers[i], sizeof(peers[i])) < 0) // ok: repeated-connect
            continue;
    }
}

int make_socket(void);

/* A fallback on a socket from a helper. */
int backup_from_helper(const struct sockaddr_in *primary, const struct sockaddr_in *backup)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)primary, sizeof(*primary)) < 0) { // ok: repeated-connect
        close(fd);
        fd = make_socket();
        if (connect(fd, (const struct sockaddr *)backup, sizeof(*backup)) < 0) // ok: repeated-connect
            return -1;
    }
    return fd;
}
