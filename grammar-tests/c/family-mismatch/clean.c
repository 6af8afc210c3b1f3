/* Families that agree, or cannot be known here: none of these is a finding. */
#include <netdb.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int same_family(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int pf_and_af(const struct sockaddr_in6 *sin6)
{
    int fd = socket(PF_INET6, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)) < 0) { // ok: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int local_and_unix(const struct sockaddr_un *sun)
{
    int fd = socket(AF_LOCAL, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)sun, sizeof(*sun)) < 0) { // ok: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int from_addrinfo(const struct addrinfo *ai)
{
    int fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) < 0) { // ok: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

/* A datagram socket dissolves its association with AF_UNSPEC. */
int dissolve(const struct sockaddr_in *sin)
{
    struct sockaddr_in unspec;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) // ok: family-mismatch
        return -1;
    memset(&unspec, 0, sizeof(unspec));
    unspec.sin_family = AF_UNSPEC;
    if (connect(fd, (struct sockaddr *)&unspec, sizeof(unspec)) < 0) // ok: family-mismatch
        return -1;
    return fd;
}

/* A storage filled with the socket's own family. */
int storage_same(const struct sockaddr_in6 *src)
{
    struct sockaddr_storage ss;
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    memset(&ss, 0, sizeof(ss));
    memcpy(&ss, src, sizeof(*src));
    ss.ss_family = AF_INET6;
    if (connect(fd, (struct sockaddr *)&ss, sizeof(struct sockaddr_in6)) < 0) { // ok: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

/* Which socket is used depends on a branch: both agree with their address. */
int either(const struct sockaddr_in *sin, const struct sockaddr_in6 *sin6, int v6)
{
    int fd;
    if (v6)
        fd = socket(AF_INET6, SOCK_STREAM, 0);
    else
        fd = socket(AF_INET, SOCK_STREAM, 0);
    if (v6)
        return connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)) == 0 ? fd : -1; // ok: family-mismatch
    return connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) == 0 ? fd : -1; // ok: family-mismatch
}

/* A socket from the caller: its family is the caller's business. */
int param_socket(int fd, const struct sockaddr_in6 *sin6)
{
    return connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)); // ok: family-mismatch
}

/* An IPv6 datagram socket may take an IPv4 address (Linux, without IPV6_V6ONLY). */
int v6_datagram_v4_address(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET6, SOCK_DGRAM, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // ok: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}
