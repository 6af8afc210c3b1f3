/*
 * Every kind of call that may change errno between a failed connect and the
 * read of its error, each beside its correct neighbour.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void release(int fd, char *buf)
{
    close(fd);
    free(buf);
}

/* A project function that closes (and so may change errno). */
int project_function(int fd, const struct sockaddr *sa, socklen_t n, char *buf)
{
    if (connect(fd, sa, n) < 0) {
        int saved_errno = errno;
        release(fd, buf);
        return -saved_errno; // expect: errno-clobbered(clobbered)
    }
    return 0;
}

/* A project function that keeps errno: it saves and restores it. */
static void release_keeping_errno(int fd)
{
    int saved = errno;
    close(fd);
    errno = saved;
}

int project_function_keeps_errno(int fd, const struct sockaddr *sa, socklen_t n)
{
    if (connect(fd, sa, n) < 0) {
        release_keeping_errno(fd);
        return -errno; // ok: errno-clobbered
    }
    return 0;
}

/* errno saved, then errno read instead of the saved copy. */
int saved_copy_ignored(int fd, const struct sockaddr *sa, socklen_t n)
{
    if (connect(fd, sa, n) < 0) {
        int saved = errno;
        close(fd);
        fprintf(stderr, "connect: %s\n", strerror(errno)); // expect: errno-clobbered(savedCopyIgnored)
        return -saved;
    }
    return 0;
}

int saved_copy_read(int fd, const struct sockaddr *sa, socklen_t n)
{
    if (connect(fd, sa, n) < 0) {
        int saved = errno;
        close(fd);
        fprintf(stderr, "connect: %s\n", strerror(saved)); // ok: errno-clobbered
        return -saved;
    }
    return 0;
}

/* errno saved only after the clobber: the save itself reads the changed value. */
int saved_too_late(int fd, const struct sockaddr *sa, socklen_t n, int *error)
{
    if (connect(fd, sa, n) < 0) {
        int saved_errno = errno;
        close(fd);
        *error = saved_errno; // expect: errno-clobbered(clobbered)
        return -1;
    }
    return 0;
}

/* Allocation may set ENOMEM. */
int allocation(int fd, const struct sockaddr *sa, socklen_t n, char **why)
{
    if (connect(fd, sa, n) < 0) {
        int saved_errno = errno;
        *why = malloc(64);
        if (*why)
            snprintf(*why, 64, "connect: %d", saved_errno); // expect: errno-clobbered(clobbered)
        return -1;
    }
    return 0;
}

int allocation_after_the_read(int fd, const struct sockaddr *sa, socklen_t n, char **why)
{
    if (connect(fd, sa, n) < 0) {
        int error = errno; // ok: errno-clobbered
        *why = malloc(64);
        if (*why)
            snprintf(*why, 64, "connect: %d", error);
        return -1;
    }
    return 0;
}

/* stdio may change errno even when it succeeds. */
int stdio_before_the_test(int fd, const struct sockaddr *sa, socklen_t n)
{
    if (connect(fd, sa, n) == -1) {
        int saved_errno = errno;
        printf("connect failed\n");
        if (saved_errno == ECONNREFUSED) // expect: errno-clobbered(clobbered)
            return 1;
        return -1;
    }
    return 0;
}

/* free() keeps errno (POSIX.1-2024; glibc since 2.33): not a clobber. */
int free_keeps_errno(int fd, const struct sockaddr *sa, socklen_t n, char *buf)
{
    if (connect(fd, sa, n) == -1) {
        free(buf);
        if (errno == ECONNREFUSED) // ok: errno-clobbered
            return 1;
        return -1;
    }
    return 0;
}

/* Found on real code (OpenLDAP's os-local.c): code under a label, jumped to later, that returns. */
int label_code_that_returns(int fd, const struct sockaddr *sa, socklen_t n, int ready)
{
    if (connect(fd, sa, n) == 0) {
    send_credentials:
        close(fd);
        return 0;
    }
    if (errno != EINPROGRESS) // ok: errno-clobbered
        return -1;
    if (ready)
        goto send_credentials;
    return -2;
}
