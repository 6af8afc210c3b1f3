// grammar-test: {"wrappers": {"nonBlocking": ["set_nonblocking"], "blocking": ["set_blocking"], "socket": ["tcp_socket"]}}
/*
 * A socket made non-blocking and then blocking again connects as a blocking one:
 * a failure is a failure. Every way C code switches back, each beside the same
 * code without the switch (still non-blocking, so flagged). set_nonblocking and
 * set_blocking live in another file; connectlint.config.json names them.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

int set_nonblocking(int fd);
int set_blocking(int fd);
int tcp_socket(int domain, int type);

/* Found on real code: the flag cleared with `& ~O_NONBLOCK` before the connect. */
int cleared_with_fcntl(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, fl | O_NONBLOCK);
    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

int not_cleared(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, fl | O_NONBLOCK);
    if (connect(fd, sa, len) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

/* Found on real code: the project's "make blocking" helper, named in the configuration. */
int blocking_wrapper(const struct sockaddr *sa, socklen_t len)
{
    int fd = tcp_socket(AF_INET, SOCK_STREAM);
    set_nonblocking(fd);
    set_blocking(fd);
    if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

int nonblocking_wrapper_only(const struct sockaddr *sa, socklen_t len)
{
    int fd = tcp_socket(AF_INET, SOCK_STREAM);
    set_nonblocking(fd);
    if (connect(fd, sa, len) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

/* The flags in a variable: `|=` sets, `&=` with `~` clears. */
int flags_variable_cleared(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int flags = fcntl(fd, F_GETFL, 0);
    flags |= O_NONBLOCK;
    fcntl(fd, F_SETFL, flags);
    flags &= ~O_NONBLOCK;
    fcntl(fd, F_SETFL, flags);
    if (connect(fd, sa, len) == -1) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

int flags_variable_set(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int flags = fcntl(fd, F_GETFL, 0);
    flags |= O_NONBLOCK;
    fcntl(fd, F_SETFL, flags);
    if (connect(fd, sa, len) == -1 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

/* FIONBIO with 0 makes the socket blocking; with 1, non-blocking. */
int fionbio_off(const struct sockaddr *sa, socklen_t len)
{
    int on = 1, off = 0;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    ioctl(fd, FIONBIO, &on);
    ioctl(fd, FIONBIO, &off);
    if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

int fionbio_on(const struct sockaddr *sa, socklen_t len)
{
    int on = 1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    ioctl(fd, FIONBIO, &on);
    if (connect(fd, sa, len) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

/* A helper of this file that clears the flag. */
static void make_blocking(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
}

int helper_of_the_file(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    make_blocking(fd);
    if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

/* Blocking again only after the connect: the connect itself is non-blocking. */
int cleared_after_connect(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, sa, len) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    make_blocking(fd);
    return fd;
}

/* F_SETFL with 0 clears every flag, O_NONBLOCK among them. */
int setfl_zero(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    fcntl(fd, F_SETFL, 0);
    if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

/* A toggle helper's call says nothing either way: the SOCK_NONBLOCK stands. */
static void set_mode(int fd, int nonblocking)
{
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, nonblocking ? fl | O_NONBLOCK : fl & ~O_NONBLOCK);
}

int toggle_helper(const struct sockaddr *sa, socklen_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    set_mode(fd, 1);
    if (connect(fd, sa, len) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

/*
 * Found on real code (nginx's resolver and syslog): a socket made by a macro the
 * file does not define, of unknown type to the rule, made non-blocking. It is a
 * stream socket unless the function says otherwise: here SOCK_DGRAM does, and a
 * datagram connect never answers EINPROGRESS.
 */
int udp_through_a_macro(const struct sockaddr *sa, socklen_t len)
{
    int fd = project_socket(AF_INET, SOCK_DGRAM, 0);
    set_nonblocking(fd);
    if (connect(fd, sa, len) < 0) { // ok: nonblocking-einprogress
        close(fd);
        return -1;
    }
    return fd;
}

int parameter_socket(const struct sockaddr *sa, socklen_t len, int fd)
{
    set_nonblocking(fd);
    if (connect(fd, sa, len) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}
