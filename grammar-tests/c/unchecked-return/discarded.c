/* Results of connect(2) dropped on the floor: the program carries on as if connected. */
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int open_backend(const struct sockaddr_in *backend)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    connect(fd, (const struct sockaddr *)backend, sizeof(*backend)); // expect: unchecked-return(discarded)
    return fd;
}

int open_in_parens(const struct sockaddr_in *backend)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    (connect(fd, (const struct sockaddr *)backend, sizeof(*backend))); // expect: unchecked-return(discarded)
    return fd;
}

int connect_then_log(int fd, const struct sockaddr_in *sin)
{
    /* The left operand of a comma is evaluated and thrown away. */
    connect(fd, (const struct sockaddr *)sin, sizeof(*sin)), write(2, "ok\n", 3); // expect: unchecked-return(discarded)
    return 0;
}

void reconnect_if_idle(int fd, const struct sockaddr_in *sin, int idle)
{
    if (idle)
        close(fd);
    else
        connect(fd, (const struct sockaddr *)sin, /* namelen */ sizeof(*sin)); // expect: unchecked-return(discarded)
}

int connect_spanning_lines(int fd, const struct sockaddr_in *sin)
{
    connect(fd, // expect: unchecked-return(discarded)
            (const struct sockaddr *)sin,
            sizeof(*sin));
    return fd;
}
