/* A reader's call reads errno: a function that returns it, a macro that formats it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define LOG_SYSERR(what) fprintf(stderr, "%s: %s\n", what, strerror(errno))

static int sock_errno(void) { return errno; }
static const char *sock_error(void) { return strerror(errno); }
static const char *error_of(int e) { return strerror(e); }

int dial_reader(int fd, const struct sockaddr *sa, socklen_t len)
{
    if (connect(fd, sa, len) < 0) {
        close(fd);
        if (sock_errno() == EINTR) // expect: errno-clobbered
            return -2;
        return -1;
    }
    return fd;
}

int dial_formatted(int fd, const struct sockaddr *sa, socklen_t len)
{
    if (connect(fd, sa, len) < 0) {
        close(fd);
        fputs(sock_error(), stderr); // expect: errno-clobbered
        return -1;
    }
    return fd;
}

int dial_macro(int fd, const struct sockaddr *sa, socklen_t len)
{
    if (connect(fd, sa, len) < 0) {
        close(fd);
        LOG_SYSERR("connect"); // expect: errno-clobbered
        return -1;
    }
    return fd;
}

int dial_read_first(int fd, const struct sockaddr *sa, socklen_t len)
{
    if (connect(fd, sa, len) < 0) {
        int e = sock_errno(); // ok: errno-clobbered
        close(fd);
        return e == EINTR ? -2 : -1;
    }
    return fd;
}

int dial_saved(int fd, const struct sockaddr *sa, socklen_t len)
{
    if (connect(fd, sa, len) < 0) {
        int e = errno;
        close(fd);
        fputs(error_of(e), stderr); // ok: errno-clobbered
        return -1;
    }
    return fd;
}

int dial_macro_first(int fd, const struct sockaddr *sa, socklen_t len)
{
    if (connect(fd, sa, len) < 0) {
        LOG_SYSERR("connect"); // ok: errno-clobbered
        close(fd);
        return -1;
    }
    return fd;
}
