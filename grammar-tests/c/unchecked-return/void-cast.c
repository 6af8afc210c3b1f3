// grammar-test: {"rules": {"unchecked-return": ["error", {"reportVoidCast": true}]}}
/* With reportVoidCast, a (void) cast is reported too. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

static int udp_connect(int fd, const struct sockaddr *sa, socklen_t len)
{
    return connect(fd, sa, len);
}

void dissolve(int fd)
{
    struct sockaddr_in unspec;
    memset(&unspec, 0, sizeof(unspec));
    unspec.sin_family = AF_UNSPEC;
    (void)connect(fd, (struct sockaddr *)&unspec, sizeof(unspec)); // expect: unchecked-return(voidCast)
    (void) udp_connect(fd, (struct sockaddr *)&unspec, sizeof(unspec)); // expect: unchecked-return(wrapperVoidCast)
}
