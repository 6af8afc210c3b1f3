/* Lengths that match: none of these is a finding. */
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

int own_size(int fd, const struct sockaddr_in *sin)
{
    return connect(fd, (const struct sockaddr *)sin, sizeof(*sin)); // ok: addrlen-mismatch
}

int own_variable(int fd, unsigned short port)
{
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0) // ok: addrlen-mismatch
        return -1;
    if (connect(fd, (struct sockaddr *)&sin, sizeof sin) < 0) // ok: addrlen-mismatch
        return -1;
    return 0;
}

/* sizeof(struct sockaddr) for a sockaddr_in: both are 16 bytes, the classic idiom. */
int classic_v4(int fd, struct sockaddr_in *addr)
{
    if (connect(fd, (struct sockaddr *)addr, sizeof(struct sockaddr)) < 0) // ok: addrlen-mismatch
        return -1;
    return 0;
}

int from_getaddrinfo(int fd, const struct addrinfo *ai)
{
    return connect(fd, ai->ai_addr, ai->ai_addrlen); // ok: addrlen-mismatch
}

int unix_computed(int fd, const char *path)
{
    struct sockaddr_un sun;
    size_t len = strlen(path);
    if (len >= sizeof(sun.sun_path))
        return -1;
    sun.sun_family = AF_UNIX;
    memcpy(sun.sun_path, path, len + 1);
    if (connect(fd, (struct sockaddr *)&sun, offsetof(struct sockaddr_un, sun_path) + len + 1) < 0) // ok: addrlen-mismatch
        return -1;
    if (connect(fd, (struct sockaddr *)&sun, SUN_LEN(&sun)) < 0) // ok: addrlen-mismatch
        return -1;
    return 0;
}

/* A storage holding an IPv4 address, with the IPv4 length. */
int storage_with_family_size(int fd, const struct sockaddr_storage *ss)
{
    socklen_t len = ss->ss_family == AF_INET6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in);
    if (connect(fd, (const struct sockaddr *)ss, sizeof(struct sockaddr_in)) < 0) // ok: addrlen-mismatch
        return -1;
    return connect(fd, (const struct sockaddr *)ss, len); // ok: addrlen-mismatch
}

/* The size of what the pointer points to. */
int deref_size(int fd, const struct sockaddr_in6 *sin6)
{
    return connect(fd, (const struct sockaddr *)sin6, sizeof *sin6); // ok: addrlen-mismatch
}

/* An array of addresses: sizeof an element. */
int from_array(int fd, const struct sockaddr_in peers[], int i)
{
    return connect(fd, (const struct sockaddr *)&peers[i], sizeof(peers[i])); // ok: addrlen-mismatch
}

/* A union of the families, sized as the member in use. */
union sockaddr_any {
    struct sockaddr sa;
    struct sockaddr_in in;
    struct sockaddr_in6 in6;
};

int from_union(int fd, const union sockaddr_any *u)
{
    return connect(fd, &u->sa, u->sa.sa_family == AF_INET6 ? sizeof(u->in6) : sizeof(u->in)); // ok: addrlen-mismatch
}

int v6_size_of_itself(int fd, const struct sockaddr_in6 *peer)
{
    struct sockaddr_in6 local;
    memcpy(&local, peer, sizeof(local));
    return connect(fd, (struct sockaddr *)&local, sizeof local); // ok: addrlen-mismatch
}
