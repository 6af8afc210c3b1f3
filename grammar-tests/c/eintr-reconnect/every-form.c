/*
 * Every retry form C code writes around an interrupted connect, each beside its
 * correct neighbour. The first pair is the loop eintr-reconnect's doc names: the
 * `s = -1;` on the leaving branch once hid the retry.
 */
#include <errno.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#define IS_EINTR(e) ((e) == EINTR)

static int interrupted(int e)
{
    return e == EINTR;
}

int reset_on_the_way_out(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    while (connect(s, sa, len) < 0) { // expect: eintr-reconnect(retried)
        if (errno == EINTR)
            continue;
        close(s);
        s = -1;
        break;
    }
    return s;
}

/* The neighbour: on EINTR it waits for the connection under way, then leaves. */
int reset_on_the_way_out_waits(const struct sockaddr *sa, socklen_t len)
{
    struct pollfd pfd = { .fd = -1, .events = POLLOUT };
    int s = socket(AF_INET, SOCK_STREAM, 0);
    while (connect(s, sa, len) < 0) { // ok: eintr-reconnect
        if (errno == EINTR) {
            pfd.fd = s;
            poll(&pfd, 1, -1);
            break;
        }
        close(s);
        s = -1;
        break;
    }
    return s;
}

int invalid_socket_on_the_way_out(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    for (;;) {
        if (connect(s, sa, len) == 0) // expect: eintr-reconnect(retried)
            return s;
        if (errno != EINTR) {
            close(s);
            s = INVALID_SOCKET;
            return s;
        }
    }
}

/* EINTR in the failure test itself, then `continue`. */
int in_the_failure_test(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    while (1) {
        int r = connect(s, sa, len); // expect: eintr-reconnect(retried)
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            close(s);
            s = -1;
        }
        break;
    }
    return s;
}

/* The neighbour: a new socket each time round the loop. */
int in_the_failure_test_new_socket(const struct sockaddr *sa, socklen_t len)
{
    int s;
    while (1) {
        s = socket(AF_INET, SOCK_STREAM, 0);
        int r = connect(s, sa, len); // ok: eintr-reconnect
        if (r < 0 && errno == EINTR) {
            close(s);
            continue;
        }
        if (r < 0) {
            close(s);
            s = -1;
        }
        break;
    }
    return s;
}

/* `if (r < 0 && errno != EINTR) leave;` and the loop goes round on EINTR. */
int negated_failure_test(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    for (;;) {
        int r = connect(s, sa, len); // expect: eintr-reconnect(retried)
        if (r < 0 && errno != EINTR) {
            close(s);
            return -1;
        }
        if (r == 0)
            return s;
    }
}

/* The neighbour: on EINTR the code leaves the loop and waits. */
int negated_failure_test_waits(const struct sockaddr *sa, socklen_t len)
{
    struct pollfd pfd;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    for (;;) {
        int r = connect(s, sa, len); // ok: eintr-reconnect
        if (r < 0 && errno != EINTR) {
            close(s);
            return -1;
        }
        break;
    }
    pfd.fd = s;
    pfd.events = POLLOUT;
    poll(&pfd, 1, -1);
    return s;
}

/* switch (errno) with a goto back; the default branch resets the socket. */
int switch_goto_back(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
again:
    if (connect(s, sa, len) < 0) { // expect: eintr-reconnect(retried)
        switch (errno) {
        case EINTR:
            goto again;
        default:
            close(s);
            s = -1;
        }
    }
    return s;
}

/* The neighbour: the label is before the socket, so the goto makes a new one. */
int switch_goto_new_socket(const struct sockaddr *sa, socklen_t len)
{
    int s;
again:
    s = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(s, sa, len) < 0) { // ok: eintr-reconnect
        switch (errno) {
        case EINTR:
            close(s);
            goto again;
        default:
            close(s);
            s = -1;
        }
    }
    return s;
}

/* A classifier function in the file. */
int classifier_function(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    while (connect(s, sa, len) < 0) { // expect: eintr-reconnect(retried)
        if (interrupted(errno))
            continue;
        close(s);
        s = -1;
        break;
    }
    return s;
}

/* The neighbour: the classifier, negated, leaves on anything but EINTR and EINTR leaves too. */
int classifier_function_leaves(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    while (connect(s, sa, len) < 0) { // ok: eintr-reconnect
        if (!interrupted(errno)) {
            close(s);
            return -1;
        }
        return -2;
    }
    return s;
}

/* A classifier macro in a do ... while condition. */
int classifier_macro_do_while(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    int r;
    do {
        r = connect(s, sa, len); // expect: eintr-reconnect(retried)
    } while (r < 0 && IS_EINTR(errno));
    if (r < 0) {
        close(s);
        s = -1;
    }
    return s;
}

/* The neighbour: the do ... while makes its socket inside the loop. */
int classifier_macro_do_while_new_socket(const struct sockaddr *sa, socklen_t len)
{
    int s;
    int r;
    do {
        s = socket(AF_INET, SOCK_STREAM, 0);
        r = connect(s, sa, len); // ok: eintr-reconnect
        if (r < 0)
            close(s);
    } while (r < 0 && IS_EINTR(errno));
    return r < 0 ? -1 : s;
}

/* A `continue` two levels down, after a reset of another variable. */
int deep_continue(const struct sockaddr *sa, socklen_t len, int *tries)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    for (;;) {
        if (connect(s, sa, len) < 0) { // expect: eintr-reconnect(retried)
            if (errno == EAGAIN || errno == EINTR) {
                if (++*tries < 3) {
                    *tries = 0;
                    continue;
                }
            }
            close(s);
            s = -1;
        }
        break;
    }
    return s;
}

/* The neighbour: the `continue` belongs to an inner loop that never reaches connect. */
int inner_loop_continue(const struct sockaddr *sa, socklen_t len, const int *delays)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    for (;;) {
        if (connect(s, sa, len) < 0) { // ok: eintr-reconnect
            if (errno == EINTR) {
                for (int i = 0; i < 3; i++) {
                    if (delays[i] == 0)
                        continue;
                }
            }
            close(s);
            s = -1;
        }
        break;
    }
    return s;
}

/* A datagram socket's connect only sets its peer: it never blocks, so retrying it is fine. */
int datagram_retry(const struct sockaddr *sa, socklen_t len)
{
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    while (connect(s, sa, len) < 0) { // ok: eintr-reconnect
        if (errno == EINTR)
            continue;
        close(s);
        s = -1;
        break;
    }
    return s;
}

/* Found on real code (OpenLDAP's ldap_pvt_connect): errno saved, the do ... while tests the copy. */
int do_while_on_saved_errno(int s, const struct sockaddr *sa, socklen_t len)
{
    int err;
    do {
        if (connect(s, sa, len) == 0) // expect: eintr-reconnect(retried)
            return 0;
        err = errno;
    } while (err == EINTR);
    return err == EINPROGRESS ? -2 : -1;
}

/* The neighbour: the loop goes round on EAGAIN from something else, EINTR leaves. */
int do_while_on_other_errno(int s, const struct sockaddr *sa, socklen_t len)
{
    int err;
    do {
        if (connect(s, sa, len) == 0) // ok: eintr-reconnect
            return 0;
        err = errno;
        if (err == EINTR)
            return -2;
    } while (err == EAGAIN);
    return -1;
}
