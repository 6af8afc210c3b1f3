// grammar-test: {"platform": "linux"}
/* On Linux sun_path is 108 bytes: a 105-byte path fits there, not on FreeBSD. */
#include <sys/socket.h>
#include <sys/un.h>

/* 104 characters: 105 bytes with the NUL. */
static const struct sockaddr_un fits_on_linux = {
    .sun_family = AF_UNIX,
    .sun_path = "/run/application/instances/production-primary/runtime/sockets/a-long-name-that-fits-on-linux-onlyxx.sock", // ok: unix-path-bounds
};

/* 110 bytes with the NUL: too long everywhere. */
static const struct sockaddr_un too_long = {
    .sun_family = AF_UNIX,
    .sun_path = "/run/application/instances/production-primary/runtime/sockets/a-long-name-that-fits-nowhere-at-allxxxxxx.sock", // expect: unix-path-bounds(literalTooLong)
};
