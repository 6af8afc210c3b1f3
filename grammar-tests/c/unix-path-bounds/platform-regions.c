/*
 * Code inside a platform's #if branch is judged for that platform, whatever
 * --platform says for the rest (here the default, FreeBSD): Linux's sun_path
 * holds 108 bytes, FreeBSD's and macOS's 104. The 106-byte path below fits on
 * Linux only. Found on real code: a copy inside `#ifdef HOST_OS_LINUX` was
 * judged with FreeBSD's 104 bytes.
 */
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define PATH_106 "/var/run/a-service-with-a-long-name/and-a-long-subdirectory/sockets-for-clients/control-socket-00006.sock"

#if defined(__linux__) && !defined(__ANDROID__)
#define OS_GNU_LINUX 1
#endif

int project_macro_named_for_linux(int fd)
{
    struct sockaddr_un sun;
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
#ifdef HOST_OS_LINUX
    strcpy(sun.sun_path, PATH_106); // ok: unix-path-bounds
#else
    strcpy(sun.sun_path, PATH_106); // expect: unix-path-bounds(literalTooLong)
#endif
    return connect(fd, (struct sockaddr *)&sun, sizeof sun);
}

int compiler_macro(int fd)
{
    struct sockaddr_un sun;
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
#if defined(__linux__)
    strcpy(sun.sun_path, PATH_106); // ok: unix-path-bounds
#elif defined(__APPLE__)
    strcpy(sun.sun_path, PATH_106); // expect: unix-path-bounds(literalTooLong)
#endif
    return bind(fd, (struct sockaddr *)&sun, sizeof sun);
}

int macro_defined_in_this_file(int fd)
{
    struct sockaddr_un sun;
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
#if OS_GNU_LINUX
    strcpy(sun.sun_path, PATH_106); // ok: unix-path-bounds
#endif
#ifdef __FreeBSD__
    strcpy(sun.sun_path, PATH_106); // expect: unix-path-bounds(literalTooLong)
#endif
    return connect(fd, (struct sockaddr *)&sun, sizeof sun);
}

/* Windows code is judged as asked: no judged platform compiles it. */
int windows_branch(int fd)
{
    struct sockaddr_un sun;
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
#ifdef _WIN32
    strcpy(sun.sun_path, PATH_106); // expect: unix-path-bounds(literalTooLong)
#endif
    return connect(fd, (struct sockaddr *)&sun, sizeof sun);
}
