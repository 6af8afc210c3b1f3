#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "util.h"

void fill_checked(struct sockaddr_un *un, const char *path) {
  if (strlen(path) >= sizeof(un->sun_path))
    fatal("socket path too long: %s", path);
  strcpy(un->sun_path, path); // ok: unix-path-bounds
}

void fill_checked_die(struct sockaddr_un *un, const char *path) {
  if (strlen(path) >= sizeof(un->sun_path))
    die("socket path too long");
  strcpy(un->sun_path, path); // ok: unix-path-bounds
}

void fill_silent(struct sockaddr_un *un, const char *path) {
  safe_copy(un->sun_path, path, sizeof(un->sun_path)); // expect: unix-path-bounds
}

int fill_told(struct sockaddr_un *un, const char *path) {
  if (xstrlcpy(un->sun_path, path, sizeof(un->sun_path)) >= sizeof(un->sun_path)) // ok: unix-path-bounds
    return -1;
  return 0;
}

void fill_unchecked_told(struct sockaddr_un *un, const char *path) {
  xstrlcpy(un->sun_path, path, sizeof(un->sun_path)); // expect: unix-path-bounds
}

void fill_unbounded(struct sockaddr_un *un, const char *path) {
  copy_string(un->sun_path, path); // expect: unix-path-bounds
}

void fill_constant(struct sockaddr_un *un) {
  strcpy(un->sun_path, SHORT_PATH); // ok: unix-path-bounds
}

void fill_long_constant(struct sockaddr_un *un) {
  strcpy(un->sun_path, LONG_PATH); // expect: unix-path-bounds
}
