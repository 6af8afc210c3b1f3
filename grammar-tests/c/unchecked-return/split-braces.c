/*
 * Conditional compilation that splits braces: tree-sitter reads every branch of
 * an #if group at once, and here the branches open a brace each (or close one
 * the other opens), so without a consistent view the rest of the file loses its
 * structure and the connects below are never seen. connectlint keeps one branch
 * of such a group (the first that may be compiled: never a Windows-only one) and
 * blanks the others; offsets and lines stay the source's.
 */
#include <sys/socket.h>
#include <unistd.h>

/* A function whose opening line differs per branch. */
#ifdef HAVE_FLAGS
int opening_per_branch(int fd, const struct sockaddr *sa, socklen_t n, int flags)
{
#else
int opening_per_branch(int fd, const struct sockaddr *sa, socklen_t n)
{
#endif
    connect(fd, sa, n); // expect: unchecked-return(discarded)
    return 0;
}

/* `} else {` inside the group. */
int else_inside_group(int fd, const struct sockaddr *sa, socklen_t n, int fast)
{
    if (fast) {
        return 0;
#ifdef SLOW_PATH_LOGGING
    } else {
        log_slow();
#else
    } else {
#endif
        connect(fd, sa, n); // expect: unchecked-return(discarded)
    }
    return 0;
}

/* A Windows branch is never the one kept: the platforms judged are FreeBSD, Linux and macOS. */
int windows_branch(int fd, const struct sockaddr *sa, socklen_t n)
{
#ifdef _WIN32
    if (WSAStartup(0x202, &wsa) == 0) {
#else
    if (fd >= 0) {
#endif
        if (connect(fd, sa, n) < 0) // ok: unchecked-return
            return -1;
    }
    return 0;
}

/* Code under #if 0 is never compiled: nothing in it is reported. */
#if 0
int dead_code(int fd, const struct sockaddr *sa, socklen_t n)
{
    connect(fd, sa, n);
    return 0;
}
#endif

/* Every function after the split groups is still seen. */
int after_the_groups(int fd, const struct sockaddr *sa, socklen_t n)
{
    connect(fd, sa, n); // expect: unchecked-return(discarded)
    return 0;
}

int checked_after_the_groups(int fd, const struct sockaddr *sa, socklen_t n)
{
    return connect(fd, sa, n) == 0 ? 0 : -1; // ok: unchecked-return
}

/*
 * An if/else-if chain that goes on inside a group (PostgreSQL's keepalive options under
 * `#ifndef WIN32`): tree-sitter has no place for an `else` after a directive, so the
 * group keeps one branch, the one the judged platforms compile.
 */
int chain_inside_group(int fd, const struct sockaddr *sa, socklen_t n, int mode)
{
    int err = 0;
    if (mode < 0)
        err = 1;
#ifndef WIN32
    else if (set_keepalive(fd) < 0)
        err = 1;
#else
    else if (!prep_keepalive_win32(fd))
        err = 1;
#endif
    else if (mode > 9)
        err = 1;
    if (err)
        return -1;
    connect(fd, sa, n); // expect: unchecked-return(discarded)
    if (connect(fd, sa, n) < 0) // ok: unchecked-return
        return -1;
    return 0;
}

/* A group inside a condition whose branch opens with the operator: one branch kept. */
int operator_opens_branch(int fd, const struct sockaddr *sa, socklen_t n, int ready, int gss)
{
    if (ready && fd >= 0
#ifdef ENABLE_GSS
        && !gss
#endif
        ) {
        connect(fd, sa, n); // expect: unchecked-return(discarded)
        return connect(fd, sa, n); // ok: unchecked-return
    }
    return 0;
}
