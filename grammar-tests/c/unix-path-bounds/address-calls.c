/*
 * The address a sun_path copy fills is given to connect(), bind(), sendto() or
 * sendmsg(): each is judged the same, and the message names the call (a
 * truncated path given to bind() creates the socket elsewhere; it connects
 * nowhere). Each copy beside its checked neighbour.
 */
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

int bind_truncated(int fd, const char *path)
{
    struct sockaddr_un sun;
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
    strncpy(sun.sun_path, path, sizeof(sun.sun_path) - 1); // expect: unix-path-bounds(truncationUnchecked)
    return bind(fd, (struct sockaddr *)&sun, sizeof sun);
}

int bind_checked(int fd, const char *path)
{
    struct sockaddr_un sun;
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(sun.sun_path))
        return -1;
    strncpy(sun.sun_path, path, sizeof(sun.sun_path) - 1); // ok: unix-path-bounds
    return bind(fd, (struct sockaddr *)&sun, sizeof sun);
}

int sendto_unbounded(int fd, const char *path, const void *buf, size_t n)
{
    struct sockaddr_un to;
    memset(&to, 0, sizeof to);
    to.sun_family = AF_UNIX;
    strcpy(to.sun_path, path); // expect: unix-path-bounds(unbounded)
    return sendto(fd, buf, n, 0, (struct sockaddr *)&to, sizeof to);
}

int sendto_bounded(int fd, const char *path, const void *buf, size_t n)
{
    struct sockaddr_un to;
    memset(&to, 0, sizeof to);
    to.sun_family = AF_UNIX;
    if (snprintf(to.sun_path, sizeof(to.sun_path), "%s", path) >= (int)sizeof(to.sun_path)) // ok: unix-path-bounds
        return -1;
    return sendto(fd, buf, n, 0, (struct sockaddr *)&to, sizeof to);
}

int sendmsg_unbounded(int fd, const char *path, struct msghdr *msg)
{
    struct sockaddr_un to;
    memset(&to, 0, sizeof to);
    to.sun_family = AF_UNIX;
    strcpy(to.sun_path, path); // expect: unix-path-bounds(unbounded)
    msg->msg_name = &to;
    msg->msg_namelen = sizeof to;
    return sendmsg(fd, msg, 0);
}

int sendmsg_literal(int fd, struct msghdr *msg)
{
    struct sockaddr_un to;
    memset(&to, 0, sizeof to);
    to.sun_family = AF_UNIX;
    strcpy(to.sun_path, "/run/syslog.sock"); // ok: unix-path-bounds
    msg->msg_name = &to;
    msg->msg_namelen = sizeof to;
    return sendmsg(fd, msg, 0);
}
