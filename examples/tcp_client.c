/*
 * A small TCP client, twice: `send_report_buggy` has the mistakes connectlint
 * catches, `send_report` is the same job done right.
 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* A wrapper: its callers must test what it returns. */
static int dial(int fd, const struct addrinfo *ai)
{
    return connect(fd, ai->ai_addr, ai->ai_addrlen);
}

int send_report_buggy(const struct addrinfo *ai, const char *report)
{
    int fd = socket(ai->ai_family, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    connect(fd, ai->ai_addr, ai->ai_addrlen); /* a refused connection goes unnoticed */
    write(fd, report, strlen(report));
    close(fd);

    fd = socket(ai->ai_family, SOCK_STREAM, 0);
    dial(fd, ai); /* the same mistake, through a wrapper */
    write(fd, report, strlen(report));
    close(fd);
    return 0;
}

int send_report(const struct addrinfo *ai, const char *report)
{
    int fd = socket(ai->ai_family, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    if (dial(fd, ai) < 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    if (write(fd, report, strlen(report)) < 0) {
        close(fd);
        return -1;
    }
    return close(fd);
}
