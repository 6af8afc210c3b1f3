/* Copies into sun_path with no bound: a long path overflows struct sockaddr_un. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int unix_connect(const char *path)
{
    struct sockaddr_un addr;
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    memset(&addr, 0, sizeof(addr));
    addr.sun_family = AF_UNIX;
    strcpy(addr.sun_path, path); // expect: unix-path-bounds(unbounded)
    if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

void fill_from_parts(struct sockaddr_un *sun, const char *dir, const char *name)
{
    strcpy(sun->sun_path, dir); // expect: unix-path-bounds(unbounded)
    strcat(sun->sun_path, "/"); // expect: unix-path-bounds(unbounded)
    strcat(sun->sun_path, name); // expect: unix-path-bounds(unbounded)
}

void fill_formatted(struct sockaddr_un *sun, const char *rundir, int id)
{
    sprintf(sun->sun_path, "%s/worker-%d.sock", rundir, id); // expect: unix-path-bounds(unbounded)
}

void fill_with_memcpy(struct sockaddr_un *sun, const char *path)
{
    memcpy(sun->sun_path, path, strlen(path) + 1); // expect: unix-path-bounds(unbounded)
}

void fill_with_strncpy_of_strlen(struct sockaddr_un *sun, const char *path)
{
    /* Bounded by the source, not by the destination: no bound at all. */
    strncpy(sun->sun_path, path, strlen(path)); // expect: unix-path-bounds(unbounded)
}

void fill_with_cast(struct sockaddr_un *sun, const char *path)
{
    strcpy((char *)sun->sun_path, path); // expect: unix-path-bounds(unbounded)
}

void fill_after_backwards_check(struct sockaddr_un *sun, const char *path)
{
    /* The check is the wrong way round: it rejects the short paths. */
    if (strlen(path) < sizeof(sun->sun_path))
        return;
    strcpy(sun->sun_path, path); // expect: unix-path-bounds(unbounded)
}

void fill_with_unchecked_length(struct sockaddr_un *sun, const char *path, size_t len)
{
    memcpy(sun->sun_path, path, len); // expect: unix-path-bounds(unbounded)
}

void fill_from_big_buffer(struct sockaddr_un *sun, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/control.sock", dir);
    strcpy(sun->sun_path, path); // expect: unix-path-bounds(unbounded)
}
