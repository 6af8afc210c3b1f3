/* Lengths that are not the size of the address passed. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int pointer_size(int fd, const struct sockaddr_in *sin)
{
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // expect: addrlen-mismatch(pointerSize)
        return -1;
    return 0;
}

int pointer_size_unparenthesised(int fd, struct sockaddr_in6 *sin6)
{
    return connect(fd, (struct sockaddr *)sin6, sizeof(*sin6)) == 0 ? 0 : -1; // expect: addrlen-mismatch(pointerSize)
}

int generic_for_v6(int fd, const struct in6_addr *addr, unsigned short port)
{
    struct sockaddr_in6 sin6;
    memset(&sin6, 0, sizeof(sin6));
    sin6.sin6_family = AF_INET6;
    sin6.sin6_port = htons(port);
    sin6.sin6_addr = *addr;
    if (connect(fd, (struct sockaddr *)&sin6, sizeof(struct sockaddr)) < 0) // expect: addrlen-mismatch(tooShort)
        return -1;
    return 0;
}

int generic_for_unix(int fd, const char *path)
{
    struct sockaddr_un sun = { .sun_family = AF_UNIX };
    if (strlen(path) >= sizeof(sun.sun_path))
        return -1;
    strcpy(sun.sun_path, path);
    if (connect(fd, (struct sockaddr *)&sun, sizeof(struct sockaddr)) < 0) // expect: addrlen-mismatch(tooShort)
        return -1;
    return 0;
}

int v4_size_for_v6(int fd, const struct sockaddr_in6 *sin6)
{
    if (connect(fd, (const struct sockaddr *)sin6, sizeof(struct sockaddr_in)) < 0) // expect: addrlen-mismatch(tooShort)
        return -1;
    return 0;
}

/* FreeBSD and macOS take namelen as sa_len: the storage size is EINVAL for every family. */
int storage_size(int fd, const struct sockaddr_storage *ss)
{
    if (connect(fd, (const struct sockaddr *)ss, sizeof(struct sockaddr_storage)) < 0) // expect: addrlen-mismatch(storageOnBsd)
        return -1;
    return 0;
}

int storage_variable(int fd, const struct addrinfo *ai)
{
    struct sockaddr_storage ss;
    memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
    if (connect(fd, (struct sockaddr *)&ss, sizeof(ss)) < 0) // expect: addrlen-mismatch(storageOnBsd)
        return -1;
    return 0;
}

int storage_for_v4(int fd, struct sockaddr_in *sin)
{
    if (connect(fd, (struct sockaddr *)sin, sizeof(struct sockaddr_storage)) < 0) // expect: addrlen-mismatch(storageOnBsd)
        return -1;
    return 0;
}

int v6_size_of_other_variable(int fd, const struct sockaddr_in6 *peer)
{
    struct sockaddr_in6 local;
    struct sockaddr_in remote4;
    memcpy(&local, peer, sizeof(local));
    if (connect(fd, (struct sockaddr *)&local, sizeof(remote4)) < 0) // expect: addrlen-mismatch(tooShort)
        return -1;
    return 0;
}

/* The size of the address's address: a pointer's, shorter than any sockaddr. */
int v6_size_of_its_address(int fd, const struct sockaddr_in6 *peer)
{
    struct sockaddr_in6 local;
    memcpy(&local, peer, sizeof(local));
    if (connect(fd, (struct sockaddr *)&local, sizeof(local)) < 0) // expect: addrlen-mismatch(addressSize)
        return -1;
    return 0;
}
