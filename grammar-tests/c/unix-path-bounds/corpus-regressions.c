/*
 * Correct code shaped like what the development corpus showed us, that an
 * earlier version of the rule reported. Each is a regression test.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define DEFAULT_CONTROL_PATH "/run/ctl.sock"

/* A default constant on one branch, a length check on the other (OpenLDAP's ldapi shape). */
int connect_default_or_checked(const char *path, struct sockaddr_un *sun)
{
    if (path == NULL || *path == '\0') {
        path = DEFAULT_CONTROL_PATH;
    } else {
        if (strlen(path) > sizeof(sun->sun_path) - 1) {
            errno = ENAMETOOLONG;
            return -1;
        }
    }
    strcpy(sun->sun_path, path); // ok: unix-path-bounds
    return 0;
}

/* The precision of %.*s is the room in sun_path: cannot overflow (OpenLDAP back-sock shape). */
void fill_with_star_precision(struct sockaddr_un *sun, const char *path)
{
    sprintf(sun->sun_path, "%.*s", (int)(sizeof(sun->sun_path) - 1), path); // ok: unix-path-bounds
}

/* A system path macro from a header the file does not define (_PATH_LOG-style). */
void fill_from_system_macro(struct sockaddr_un *sun)
{
    strncpy(sun->sun_path, _PATH_SYSLOG_SOCKET, sizeof(sun->sun_path)); // ok: unix-path-bounds
    strcpy(sun->sun_path, RUNTIME_SOCKET_PATH); // ok: unix-path-bounds
}

/* A bound computed from sun_path's size minus a prefix, checked once (haproxy shape). */
int fill_prefixed(struct sockaddr_un *sun, const char *prefix, const char *name)
{
    int prefix_len = prefix ? (int)strlen(prefix) : 0;
    int max_len = (int)(sizeof(sun->sun_path) - 1) - (prefix_len + 1);
    int name_len = (int)strlen(name);

    if (name_len > max_len)
        return -1;
    if (prefix_len)
        memcpy(sun->sun_path, prefix, prefix_len); // ok: unix-path-bounds
    memcpy(sun->sun_path + prefix_len, name, name_len + 1); // ok: unix-path-bounds
    return 0;
}
