/*
 * Hover positions: a comment /*@name*\/ marks the token right after it.
 * rules/test/hover.test.ts asks the hover function at each one.
 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int connect_to(const char *host); /* /*@in-comment*/connect(fd, sa, n) */

int handled(const struct sockaddr_in *sin)
{
    int on = 1;
    int fd = socket(AF_INET, SOCK_STREAM | /*@sock-nonblock*/SOCK_NONBLOCK, 0);
    fcntl(fd, F_SETFL, /*@o-nonblock*/O_NONBLOCK);
    ioctl(fd, /*@fionbio*/FIONBIO, &on);
    if (/*@connect-handled*/connect(fd, (const struct sockaddr *)sin, sizeof(*sin)) < 0) {
        if (errno != /*@einprogress*/EINPROGRESS && errno != EINTR) {
            close(fd);
            return -1;
        }
    }
    return fd;
}

void dropped(int fd, const struct sockaddr *sa, socklen_t n)
{
    /*@connect-dropped*/connect(fd, sa, n);
}

int returned(int fd, const struct sockaddr *sa, socklen_t n)
{
    return /*@connect-returned*/connect(fd, sa, n);
}

int plain(int fd, const struct sockaddr *sa, socklen_t n)
{
    if (/*@connect-plain*/connect(fd, sa, n) == -1)
        return -1;
    return 0;
}

int errors(int fd)
{
    int err = 0;
    socklen_t len = sizeof(err);
    struct sockaddr_un sun;
    const char *text = "/*@in-string*/connect(fd, sa, n)";
    /*@declaration*/int /*@variable*/unused = 0;
    getsockopt(fd, SOL_SOCKET, /*@so-error*/SO_ERROR, &err, &len);
    sun./*@sun-path*/sun_path[0] = '\0';
    /*@keyword*/return err == /*@eacces*/EACCES || err == /*@eagain*/EAGAIN ? /*@connect-to*/connect_to(text) : /*@other-call*/close(fd);
}
