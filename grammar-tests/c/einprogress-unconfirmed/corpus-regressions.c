/*
 * Shapes from the development corpus (haproxy's connect paths), in our own words.
 */
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

struct conn {
    int fd;
    int flags;
};

int make_server_socket(struct conn *c);
void fd_want_send(int fd);

/* A first connect on a socket this function made: EISCONN "should not happen"; not a re-poll. */
int start_connect(struct conn *c, const struct sockaddr *sa, socklen_t len)
{
    int fd = c->fd = make_server_socket(c);
    if (connect(fd, sa, len) == -1) { // ok: einprogress-unconfirmed
        if (errno == EINPROGRESS || errno == EALREADY)
            c->flags |= 1;
        else if (errno == EISCONN)
            c->flags &= ~1;
        else
            return -1;
    }
    fd_want_send(fd);
    return 0;
}

/* Called when the poller says the socket is writable: connect() again, EISCONN taken for done. */
int check_connect(struct conn *c, const struct sockaddr *sa, socklen_t len)
{
    int fd = c->fd;
    if (connect(fd, sa, len) == -1) { // expect: einprogress-unconfirmed(eisconnProof)
        if (errno == EALREADY || errno == EINPROGRESS)
            return 0;
        if (errno && errno != EISCONN)
            return -1;
    }
    c->flags &= ~1;
    return 1;
}
