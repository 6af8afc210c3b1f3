/* errno read in time, or saved: none of these is a finding. */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void set_state(int *state, int value)
{
    *state = value;
}

int save_first(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved = errno; // ok: errno-clobbered
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

int restore_then_read(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        perror("connect"); // ok: errno-clobbered
        return -1;
    }
    return fd;
}

int read_then_close(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        fprintf(stderr, "connect: %s\n", strerror(errno)); // ok: errno-clobbered
        close(fd);
        return -1;
    }
    return fd;
}

int perror_first(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1) {
        perror("connect"); // ok: errno-clobbered
        close(fd);
        return -1;
    }
    return fd;
}

int errno_in_condition(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // ok: errno-clobbered
        close(fd);
        return -1;
    }
    return fd;
}

/* The clobbering close is in a branch that has returned before the read. */
int close_in_other_branch(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        if (errno == EBADF) {
            close(fd);
            return -1;
        }
        if (errno == EINPROGRESS) // ok: errno-clobbered
            return fd;
        return -1;
    }
    return fd;
}

/* A helper of the file that does not touch errno. */
int harmless_helper(int fd, const struct sockaddr_in *sin, int *state)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        set_state(state, 0);
        return errno == ECONNREFUSED ? 1 : -1; // ok: errno-clobbered
    }
    return 0;
}

/* free() keeps errno (POSIX.1-2024, glibc 2.33). */
int free_keeps_errno(int fd, const struct sockaddr_in *sin, char *buf)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        free(buf);
        return -errno; // ok: errno-clobbered
    }
    return 0;
}

/* The success path closes; the read is on the failure path before any call. */
int success_closes(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) {
        close(fd);
        return 0;
    }
    return -errno; // ok: errno-clobbered
}

/* The unlink is in one arm; the errno reads are in the others. */
int exclusive_arms(int fd, const struct sockaddr_in *sin, const char *path)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == -1) {
        if (errno == ECONNREFUSED) {
            unlink(path);
        } else if (errno == ENOENT) { // ok: errno-clobbered
            fprintf(stderr, "no socket\n");
        } else {
            fprintf(stderr, "connect: %s\n", strerror(errno)); // ok: errno-clobbered
        }
        close(fd);
        return -1;
    }
    return fd;
}
