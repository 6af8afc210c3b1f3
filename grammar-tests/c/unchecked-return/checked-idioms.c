/* The ways real code checks connect(2): none of these is a finding. */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define CHECK(expr) do { if ((expr) < 0) { perror(#expr); return -1; } } while (0)
#ifndef TEMP_FAILURE_RETRY
#define TEMP_FAILURE_RETRY(e) (e)
#endif

struct conn {
    int fd;
    int status;
};

static int report(int rc, const char *what)
{
    if (rc < 0)
        perror(what);
    return rc;
}

int idioms(int fd, const struct sockaddr_in *sin, struct conn *c)
{
    const struct sockaddr *sa = (const struct sockaddr *)sin;
    socklen_t len = sizeof(*sin);
    int rc;

    if (connect(fd, sa, len) < 0) // ok: unchecked-return
        return -1;
    if (connect(fd, sa, len) == -1 && errno != EINPROGRESS) // ok: unchecked-return
        return -1;
    if ((rc = connect(fd, sa, len)) != 0) // ok: unchecked-return
        return rc;
    rc = connect(fd, sa, len); // ok: unchecked-return
    if (rc != 0)
        return rc;
    if (!connect(fd, sa, len)) // ok: unchecked-return
        puts("connected at once");
    CHECK(connect(fd, sa, len)); // ok: unchecked-return
    rc = TEMP_FAILURE_RETRY(connect(fd, sa, len)); // ok: unchecked-return; expect: eintr-reconnect
    if (rc == -1)
        return -1;
    report(connect(fd, sa, len), "connect"); // ok: unchecked-return
    c->status = connect(fd, sa, len); // ok: unchecked-return
    switch (connect(fd, sa, len)) { // ok: unchecked-return
    case 0:
        break;
    default:
        return -1;
    }
    while (connect(fd, sa, len) == -1 && errno == EINTR) // ok: unchecked-return; expect: eintr-reconnect
        ;
    do {
        rc = connect(fd, sa, len); // ok: unchecked-return; expect: eintr-reconnect
    } while (rc == -1 && errno == EINTR);
    for (;;) {
        if (rc == 0)
            break;
        rc = connect(fd, sa, len); // ok: unchecked-return
    }
    return connect(fd, sa, len) == 0 ? fd : -1; // ok: unchecked-return
}

/* Deliberately ignored: a UDP socket dissolving its association (connect(2): "Datagram
 * sockets may dissolve the association by connecting to an invalid address"). */
void forget_peer(int fd)
{
    struct sockaddr_in unspec;
    memset(&unspec, 0, sizeof(unspec));
    unspec.sin_family = AF_UNSPEC;
    (void)connect(fd, (struct sockaddr *)&unspec, sizeof(unspec)); // ok: unchecked-return
}
