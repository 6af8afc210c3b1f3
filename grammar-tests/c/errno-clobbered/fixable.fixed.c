/* Quick fix: errno is saved before the first call that may change it. */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int report_after_close(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        int saved_errno = errno;
        shutdown(fd, SHUT_RDWR);
        close(fd);
        fprintf(stderr, "connect: %s\n", strerror(saved_errno)); // expect: errno-clobbered(clobbered)
        return -1;
    }
    return fd;
}
