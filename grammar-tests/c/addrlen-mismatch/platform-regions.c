// grammar-test: {"platform": "linux"}
/*
 * Judged for Linux, except where the code is another platform's own: the BSDs
 * take namelen as sa_len and refuse a sockaddr_storage's size with EINVAL;
 * Linux accepts it.
 */
#include <sys/socket.h>

int storage_size(int fd, const struct sockaddr_storage *ss)
{
#if defined(__APPLE__) && defined(__MACH__)
    if (connect(fd, (const struct sockaddr *)ss, sizeof(struct sockaddr_storage)) < 0) // expect: addrlen-mismatch(storageOnBsd)
        return -1;
#elif defined(__FreeBSD__)
    if (connect(fd, (const struct sockaddr *)ss, ss->ss_len) < 0) // ok: addrlen-mismatch
        return -1;
#else
    if (connect(fd, (const struct sockaddr *)ss, sizeof(struct sockaddr_storage)) < 0) // ok: addrlen-mismatch
        return -1;
#endif
    return 0;
}
