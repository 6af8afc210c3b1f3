/*
 * The project's portability header, installed as <proj/sock.h> and included
 * by that name: no `#include "…"` leads the index here, and no function of it
 * is called. Its macros are the project's all the same.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The socket error, read where it is used (Windows has its own). */
#define sock_errno() errno
#define sock_strerror() strerror(errno)

/* The control socket: 23 bytes with its NUL, well within any platform's address. */
#define PROJ_CONTROL_PATH "/run/proj/control.sock"
/* An instance's socket: 110 bytes with its NUL, longer than any platform's address holds. */
#define PROJ_INSTANCE_PATH "/var/lib/proj/instances/default/run/sockets/control/primary/a-long-name-for-a-socket-that-no-longer-fits.sock"

/* Does not come back. */
#define PROJ_DIE(msg) do { fputs(msg, stderr); exit(1); } while (0)
