/* errno read after a call that may have changed it. */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

static void log_failure(const char *what)
{
    fprintf(stderr, "%s failed\n", what);
}

int close_then_strerror(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved_errno = errno;
        close(fd);
        fprintf(stderr, "connect: %s\n", strerror(saved_errno)); // expect: errno-clobbered(clobbered)
        return -1;
    }
    return fd;
}

int close_then_perror(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1) {
        close(fd);
        perror("connect"); // expect: errno-clobbered(clobbered)
        return -1;
    }
    return fd;
}

int close_then_return_errno(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved_errno = errno;
        close(fd);
        return -saved_errno; // expect: errno-clobbered(clobbered)
    }
    return fd;
}

int printf_then_test(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) != 0) {
        int saved_errno = errno;
        printf("connect failed\n");
        if (saved_errno == ECONNREFUSED) // expect: errno-clobbered(clobbered)
            return 1;
        return -1;
    }
    return 0;
}

int goto_cleanup(int fd, const struct sockaddr_in *sin)
{
    int rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin));
    if (rc < 0)
        goto fail;
    return fd;
fail:
    close(fd);
    syslog(LOG_ERR, "connect: %m"); // expect: errno-clobbered(clobbered)
    return -1;
}

int helper_then_save(int fd, const struct sockaddr_in *sin, int *error)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved_errno = errno;
        log_failure("connect");
        *error = saved_errno; // expect: errno-clobbered(clobbered)
        return -1;
    }
    return 0;
}

int free_then_malloc(int fd, const struct sockaddr_in *sin, char **msg)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved_errno = errno;
        *msg = malloc(64);
        snprintf(*msg, 64, "connect: %s", strerror(saved_errno)); // expect: errno-clobbered(clobbered)
        return -1;
    }
    return 0;
}

int shutdown_then_switch(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved_errno = errno;
        shutdown(fd, SHUT_RDWR);
        close(fd);
        switch (saved_errno) { // expect: errno-clobbered(clobbered)
        case ETIMEDOUT:
            return -2;
        default:
            return -1;
        }
    }
    return 0;
}
