/* How careful code bounds a path before it copies it: none of these is a finding. */
#include <assert.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#ifndef UNIX_PATH_MAX
#define UNIX_PATH_MAX sizeof(((struct sockaddr_un *)0)->sun_path)
#endif

size_t strlcpy(char *dst, const char *src, size_t size);

int connect_checked(const char *path)
{
    struct sockaddr_un addr;
    int fd;

    if (strlen(path) >= sizeof(addr.sun_path)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memset(&addr, 0, sizeof(addr));
    addr.sun_family = AF_UNIX;
    strcpy(addr.sun_path, path); // ok: unix-path-bounds
    fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    if (connect(fd, (struct sockaddr *)&addr, SUN_LEN(&addr)) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int connect_memcpy(const char *path)
{
    struct sockaddr_un sun = { .sun_family = AF_UNIX };
    size_t len = strlen(path);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);

    if (path == NULL || len >= sizeof(sun.sun_path))
        goto fail;
    memcpy(sun.sun_path, path, len + 1); // ok: unix-path-bounds
    if (connect(fd, (struct sockaddr *)&sun, offsetof(struct sockaddr_un, sun_path) + len + 1) == -1)
        goto fail;
    return fd;
fail:
    close(fd);
    return -1;
}

int fill_snprintf(struct sockaddr_un *sun, const char *dir, const char *name)
{
    int n = snprintf(sun->sun_path, sizeof(sun->sun_path), "%s/%s", dir, name); // ok: unix-path-bounds
    if (n < 0 || (size_t)n >= sizeof(sun->sun_path))
        return -1;
    return 0;
}

int fill_strlcpy(struct sockaddr_un *sun, const char *path)
{
    if (strlcpy(sun->sun_path, path, sizeof(sun->sun_path)) >= sizeof(sun->sun_path)) // ok: unix-path-bounds
        return -1;
    return 0;
}

int fill_in_branch(struct sockaddr_un *sun, const char *path)
{
    if (strlen(path) < sizeof(sun->sun_path)) {
        strcpy(sun->sun_path, path); // ok: unix-path-bounds
        return 0;
    }
    return -1;
}

int fill_in_else(struct sockaddr_un *sun, const char *path)
{
    if (strlen(path) > UNIX_PATH_MAX - 1)
        fprintf(stderr, "path too long: %s\n", path);
    else
        strcpy(sun->sun_path, path); // ok: unix-path-bounds
    return 0;
}

void fill_asserted(struct sockaddr_un *sun, const char *path)
{
    assert(strlen(path) < sizeof(sun->sun_path));
    strcpy(sun->sun_path, path); // ok: unix-path-bounds
}

void fill_or_die(struct sockaddr_un *sun, const char *path)
{
    if (strlen(path) + 1 > sizeof(sun->sun_path)) {
        fprintf(stderr, "socket path too long\n");
        exit(1);
    }
    strncpy(sun->sun_path, path, sizeof(sun->sun_path)); // ok: unix-path-bounds
}

int fill_then_verify(struct sockaddr_un *sun, const char *path)
{
    strncpy(sun->sun_path, path, sizeof(sun->sun_path)); // ok: unix-path-bounds
    if (sun->sun_path[sizeof(sun->sun_path) - 1] != '\0')
        return -1;
    return 0;
}

void fill_memcached_style(struct sockaddr_un *sun, const char *path)
{
    strncpy(sun->sun_path, path, sizeof(sun->sun_path) - 1); // ok: unix-path-bounds
    assert(strcmp(sun->sun_path, path) == 0);
}

void copy_between_addresses(struct sockaddr_un *to, const struct sockaddr_un *from)
{
    strcpy(to->sun_path, from->sun_path); // ok: unix-path-bounds
}

void fill_display(struct sockaddr_un *sun, int display)
{
    /* At most 16 + 22 bytes: cannot be truncated. */
    snprintf(sun->sun_path, sizeof(sun->sun_path), "/tmp/.X11-unix/X%d", display); // ok: unix-path-bounds
    sprintf(sun->sun_path, "/var/run/app.%u.sock", (unsigned)getpid()); // ok: unix-path-bounds
}

int fill_abstract(struct sockaddr_un *sun, const char *name)
{
    /* Linux abstract namespace: a leading NUL, no terminator. */
    size_t len = strlen(name);
    if (len > sizeof(sun->sun_path) - 1)
        return -1;
    sun->sun_path[0] = '\0';
    memcpy(sun->sun_path + 1, name, len); // ok: unix-path-bounds
    return (int)(offsetof(struct sockaddr_un, sun_path) + 1 + len);
}

void fill_fixed(struct sockaddr_un *sun, const char *path)
{
    memcpy(sun->sun_path, path, sizeof(sun->sun_path)); // ok: unix-path-bounds
}

void fill_from_sized_buffer(struct sockaddr_un *sun, const char *dir, int id)
{
    char path[sizeof(sun->sun_path)];
    char small[64];
    if (snprintf(path, sizeof(path), "%s/%d.sock", dir, id) >= (int)sizeof(path))
        return;
    strcpy(sun->sun_path, path); // ok: unix-path-bounds
    strcpy(sun->sun_path, small); // ok: unix-path-bounds
}
