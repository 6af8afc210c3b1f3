/* Bounded copies whose truncation nobody checks: the socket connects to another path. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

size_t strlcpy(char *dst, const char *src, size_t size);

void set_path_strncpy(struct sockaddr_un *sun, const char *path)
{
    strncpy(sun->sun_path, path, sizeof(sun->sun_path) - 1); // expect: unix-path-bounds(truncationUnchecked)
    sun->sun_path[sizeof(sun->sun_path) - 1] = '\0'; /* terminates, but says nothing */
}

void set_path_snprintf(struct sockaddr_un *sun, const char *path)
{
    snprintf(sun->sun_path, sizeof(sun->sun_path), "%s", path); // expect: unix-path-bounds(truncationUnchecked)
}

void set_path_strlcpy(struct sockaddr_un *sun, const char *path)
{
    strlcpy(sun->sun_path, path, sizeof sun->sun_path); // expect: unix-path-bounds(truncationUnchecked)
}

void set_path_void_strlcpy(struct sockaddr_un *sun, const char *path)
{
    (void)strlcpy(sun->sun_path, path, sizeof(sun->sun_path)); // expect: unix-path-bounds(truncationUnchecked)
}
