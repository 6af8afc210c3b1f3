/*
 * Correct code shaped like what the development corpus showed us, that an
 * earlier version of the rules reported. Each is a regression test.
 */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int log_fd = -1;
static int connection_good = 1;

/*
 * A logger's reconnect (dnsmasq's shape): EINTR and EISCONN sit in the group of
 * errors that mean "give up for now, try on the next message"; the branch returns.
 */
void log_reconnect(const struct sockaddr_un *logaddr, const char *msg)
{
    while (1) {
        if (send(log_fd, msg, strlen(msg), 0) != -1)
            return;
        if (errno != ECONNREFUSED && errno != ENOTCONN)
            return;
        if (connect(log_fd, (const struct sockaddr *)logaddr, sizeof(*logaddr)) != -1) // ok: eintr-reconnect, einprogress-unconfirmed
            continue;
        if (errno == ENOENT || errno == EALREADY || errno == ECONNREFUSED || errno == EISCONN ||
            errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) {
            connection_good = 0;
            return;
        }
        return;
    }
}
