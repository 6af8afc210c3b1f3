/* connect called again after EINTR, while the first attempt goes on in the background. */
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifdef _WIN32
#define SOCK_ERRNO WSAGetLastError()
#else
#define SOCK_ERRNO errno
#endif

int while_eintr(int fd, const struct sockaddr_in *sin)
{
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1 && errno == EINTR) // expect: eintr-reconnect(retried)
        ;
    return 0;
}

int do_while_eintr(int fd, const struct sockaddr_in *sin)
{
    int status;
    do {
        status = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: eintr-reconnect(retried)
    } while (-1 == status && errno == EINTR);
    return status;
}

int goto_retry(int fd, const struct sockaddr_in *sin)
{
retry:
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: eintr-reconnect(retried)
        if (SOCK_ERRNO == EINTR)
            goto retry; /* interrupted system call: just try again */
        return -1;
    }
    return 0;
}

int temp_failure_retry(int fd, const struct sockaddr_in *sin)
{
    if (TEMP_FAILURE_RETRY(connect(fd, (const struct sockaddr *)sin, sizeof(*sin))) < 0) // expect: eintr-reconnect(retryMacro)
        return -1;
    return 0;
}

int continue_on_eintr(int fd, const struct sockaddr_in *sin)
{
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: eintr-reconnect(retried)
            return 0;
        if (errno == EINTR)
            continue;
        return -1;
    }
}

int switch_eintr(int fd, const struct sockaddr_in *sin)
{
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: eintr-reconnect(retried)
            switch (errno) {
            case EINTR:
                continue;
            default:
                return -1;
            }
        }
        return 0;
    }
}

int saved_errno_eintr(int fd, const struct sockaddr_in *sin)
{
    int rc, err;
    do {
        rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: eintr-reconnect(retried)
        err = errno;
    } while (rc < 0 && err == EINTR);
    return rc;
}

int windows_eintr(SOCKET s, const struct sockaddr_in *sin)
{
    while (connect(s, (const struct sockaddr *)sin, sizeof(*sin)) == SOCKET_ERROR) { // expect: eintr-reconnect(retried)
        if (WSAGetLastError() != WSAEINTR)
            return -1;
    }
    return 0;
}
