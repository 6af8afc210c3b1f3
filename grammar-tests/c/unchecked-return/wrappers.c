/* Wrappers that return connect's result, and callers that drop it. */
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

static int net_connect(int fd, const struct sockaddr *sa, socklen_t len)
{
    return connect(fd, sa, len); // ok: unchecked-return
}

static int net_connect_logged(int fd, const struct sockaddr *sa, socklen_t len)
{
    int ret = -1;
    ret = connect(fd, sa, len); // ok: unchecked-return
    return ret;
}

/* A wrapper of a wrapper is a wrapper. */
static int backend_connect(int fd, const struct sockaddr_in *sin)
{
    return net_connect(fd, (const struct sockaddr *)sin, sizeof(*sin));
}

void start(int fd, const struct sockaddr_in *sin)
{
    net_connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: unchecked-return(wrapperDiscarded)
    net_connect_logged(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: unchecked-return(wrapperDiscarded)
    backend_connect(fd, sin); // expect: unchecked-return(wrapperDiscarded)
}

int start_stored(int fd, const struct sockaddr_in *sin)
{
    int status = backend_connect(fd, sin); // expect: unchecked-return(wrapperStoredUnread)
    return fd;
}

int start_checked(int fd, const struct sockaddr_in *sin)
{
    if (backend_connect(fd, sin) < 0) { // ok: unchecked-return
        close(fd);
        return -1;
    }
    if (net_connect_logged(fd, (const struct sockaddr *)sin, sizeof(*sin)) != 0) // ok: unchecked-return
        return -1;
    return fd;
}
