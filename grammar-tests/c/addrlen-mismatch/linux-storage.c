// grammar-test: {"platform": "linux"}
/* Linux accepts a namelen larger than the family's struct: storage sizes pass there. */
#include <netinet/in.h>
#include <sys/socket.h>

int storage_size(int fd, const struct sockaddr_storage *ss)
{
    return connect(fd, (const struct sockaddr *)ss, sizeof(struct sockaddr_storage)); // ok: addrlen-mismatch
}

int too_short_everywhere(int fd, const struct sockaddr_in6 *sin6)
{
    return connect(fd, (const struct sockaddr *)sin6, sizeof(struct sockaddr)); // expect: addrlen-mismatch(tooShort)
}
