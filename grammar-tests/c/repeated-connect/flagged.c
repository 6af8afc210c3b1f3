/* Retry loops that connect the same stream socket again after it failed. */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int retry_until_up(const struct sockaddr_in *sin, int attempts)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    for (int i = 0; i < attempts; i++) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: repeated-connect(retriedInLoop)
            return fd;
        sleep(1); /* ECONNREFUSED: the server is not up yet; try again */
    }
    close(fd);
    return -1;
}

int retry_while(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // expect: repeated-connect(retriedInLoop)
        sleep(1);
    return fd;
}

int retry_do_while(const struct sockaddr_in *sin)
{
    int rc, tries = 0;
    int fd = socket(PF_INET, SOCK_STREAM, IPPROTO_TCP);
    do {
        rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: repeated-connect(retriedInLoop)
        if (rc < 0)
            usleep(100000);
    } while (rc < 0 && ++tries < 10);
    return rc < 0 ? -1 : fd;
}

int retry_on_refused(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    for (;;) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: repeated-connect(retriedInLoop)
            break;
        if (errno == ECONNREFUSED || errno == ETIMEDOUT) {
            sleep(1);
            continue;
        }
        close(fd);
        return -1;
    }
    return fd;
}

/* Every address of the list, on one socket made before the loop. */
int try_each_address(const struct addrinfo *res)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) // expect: repeated-connect(retriedInLoop)
            return fd;
    }
    close(fd);
    return -1;
}

/* Closes the socket but does not make a new one: the retry gets EBADF. */
int retry_after_close(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    for (int i = 0; i < 3; i++) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: repeated-connect(retriedInLoop)
            return fd;
        close(fd);
    }
    return -1;
}

/* A fallback address, on the socket whose first connect failed. */
int primary_then_backup(const struct sockaddr_in *primary, const struct sockaddr_in *backup)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)primary, sizeof(*primary)) < 0) {
        if (connect(fd, (const struct sockaddr *)backup, sizeof(*backup)) < 0) { // expect: repeated-connect(connectedAgain)
            close(fd);
            return -1;
        }
    }
    return fd;
}

int seqpacket_retry(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_SEQPACKET, IPPROTO_SCTP);
    int n = 5;
    while (n-- > 0) {
        if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) != -1) // expect: repeated-connect(retriedInLoop)
            return fd;
        perror("connect");
    }
    return -1;
}

/*
 * Sockets of unknown origin — a parameter, a struct member, fileno() of a
 * stream — are taken as stream sockets unless the function says otherwise.
 */
int reconnect_param(int fd, const struct sockaddr_in *sin)
{
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // expect: repeated-connect(retriedInLoop)
        sleep(1);
    return 0;
}

struct conn {
    int fd;
};

int reconnect_member(struct conn *c, const struct sockaddr_in *sin)
{
    for (int tries = 0; tries < 3; tries++) {
        if (connect(c->fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: repeated-connect(retriedInLoop)
            return 0;
        sleep(1);
    }
    return -1;
}

int reconnect_fileno(FILE *fp, const struct sockaddr_in *sin)
{
    int fd = fileno(fp);
    while (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // expect: repeated-connect(retriedInLoop)
        sleep(1);
    return 0;
}
