#include <stddef.h>

#define NORETURN __attribute__((noreturn))
#define SHORT_PATH "/run/app.sock"
#define LONG_PATH "/var/lib/some/deeply/nested/application/state/directory/for/sockets/that/goes/on/and/on/and/on/and/on/app.sock"

NORETURN void fatal(const char *fmt, ...);
void die(const char *why);
void safe_copy(char *dst, const char *src, size_t n);
size_t xstrlcpy(char *dst, const char *src, size_t n);
void copy_string(char *dst, const char *src);
