/* Quick fix: the failure test leaves EINPROGRESS out. */
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

int dial(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0 && errno != EINPROGRESS) { // expect: nonblocking-einprogress(fatalWithoutInProgress)
        close(fd);
        return -1;
    }
    return fd;
}

int dial_success_test(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0) // expect: nonblocking-einprogress(fatalWithoutInProgress)
        return fd;
    close(fd);
    return -1;
}
