/* Paths too long for sun_path (104 bytes with the NUL on FreeBSD and macOS). */
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define CONTROL_SOCKET "/var/run/some-daemon/with/a/deeply/nested/runtime/directory/for/its/control/socketxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.sock"

static const struct sockaddr_un control = {
    .sun_family = AF_UNIX,
    .sun_path = "/var/lib/application/instances/production/primary/runtime/sockets/adminxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.sock", // expect: unix-path-bounds(literalTooLong)
};

void use_control_macro(struct sockaddr_un *sun)
{
    strcpy(sun->sun_path, CONTROL_SOCKET); // expect: unix-path-bounds(literalTooLong)
}

void use_literal(struct sockaddr_un *sun)
{
    strncpy(sun->sun_path, // ok: unix-path-bounds
            "/run/user/1000/a-long-application-name/" "sessions/current/" "another-long-component-here-and-then-some-more.sock", // expect: unix-path-bounds(literalTooLong)
            sizeof(sun->sun_path));
}

void use_short_literals(struct sockaddr_un *sun)
{
    strcpy(sun->sun_path, "/tmp/.X11-unix/X0"); // ok: unix-path-bounds
    strncpy(sun->sun_path, "/var/run/nscd/socket", sizeof(sun->sun_path) - 1); // ok: unix-path-bounds
}
