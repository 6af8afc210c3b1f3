/* Quick fix: sizeof(ptr) becomes sizeof(*ptr). */
#include <netinet/in.h>
#include <sys/socket.h>

int dial(int fd, const struct sockaddr_in6 *sin6)
{
    return connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)); // expect: addrlen-mismatch(pointerSize)
}
