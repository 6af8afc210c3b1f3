/*
 * Where tree-sitter cannot parse the statement around a connect (macro-heavy
 * code: a statement macro without its semicolon, an annotation macro the
 * grammar does not know), the tree is not the code: no finding rests on it.
 * Each beside the same code written so that it parses.
 */
#include <sys/socket.h>

int statement_macro_without_semicolon(int fd, const struct sockaddr *sa, socklen_t n)
{
    if (fd >= 0) {
        TRACE_ENTER(fd)
        connect(fd, sa, n) MAY_FAIL; // ok: unchecked-return
    }
    return 0;
}

int statement_macro_with_semicolon(int fd, const struct sockaddr *sa, socklen_t n)
{
    if (fd >= 0) {
        TRACE_ENTER(fd);
        connect(fd, sa, n); // expect: unchecked-return(discarded)
    }
    return 0;
}
