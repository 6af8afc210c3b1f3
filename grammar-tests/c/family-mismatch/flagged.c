/* Sockets and addresses of different families: EAFNOSUPPORT. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int v6_socket_v4_address(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int v4_socket_v6_address(const struct sockaddr_in6 *sin6)
{
    int fd = socket(PF_INET, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int inet_socket_unix_path(const char *path)
{
    struct sockaddr_un sun;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(sun.sun_path))
        return -1;
    strcpy(sun.sun_path, path);
    if (connect(fd, (struct sockaddr *)&sun, sizeof(sun)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int unix_socket_inet_address(const struct sockaddr_in *sin)
{
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

/* A storage whose family is set to IPv4, on an IPv6 socket. */
int storage_family_assigned(unsigned short port)
{
    struct sockaddr_storage ss;
    struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    memset(&ss, 0, sizeof(ss));
    ss.ss_family = AF_INET;
    sin->sin_port = htons(port);
    if (connect(fd, (struct sockaddr *)&ss, sizeof(struct sockaddr_in)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int local_socket_v6(const struct sockaddr_in6 *sin6)
{
    int fd = socket(PF_LOCAL, SOCK_DGRAM, 0);
    if (connect(fd, (const struct sockaddr *)sin6, sizeof(*sin6)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int copy_paste_family(unsigned short port)
{
    struct sockaddr_in6 sin6;
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    memset(&sin6, 0, sizeof(sin6));
    sin6.sin6_family = AF_INET; /* should be AF_INET6 */
    sin6.sin6_port = htons(port);
    sin6.sin6_addr = in6addr_loopback;
    if (connect(fd, (struct sockaddr *)&sin6, sizeof(sin6)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}

int pointer_family(struct sockaddr_in *sin)
{
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    sin->sin_family = AF_INET;
    if (connect(fd, (struct sockaddr *)sin, sizeof(*sin)) < 0) { // expect: family-mismatch
        close(fd);
        return -1;
    }
    return fd;
}
