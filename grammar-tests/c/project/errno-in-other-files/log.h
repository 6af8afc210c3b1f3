#include <errno.h>
#include <string.h>

/* The message of the last error: reads errno where it is used. */
#define ERRSTR strerror(errno)

void log_close(int fd);
void quiet_close(int fd);
void log_msg(const char *fmt, ...);
