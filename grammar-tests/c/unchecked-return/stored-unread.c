/* The result is kept in a variable that nothing ever tests. */
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int dial(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: unchecked-return(storedUnread)
    printf("dialled fd %d\n", fd);
    return fd;
}

int dial_overwritten(const struct sockaddr_in *sin, const char *hello)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    ssize_t rc;
    rc = connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // expect: unchecked-return(storedUnread)
    rc = write(fd, hello, 5); /* overwrites the connect result before anyone looks */
    if (rc < 0)
        return -1;
    return fd;
}
