#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

void fatal(const char *fmt, ...) {
  fputs(fmt, stderr);
  exit(1);
}

/* No attribute, but it never returns: its body ends in exit(). */
void die(const char *why) {
  fprintf(stderr, "fatal: %s\n", why);
  exit(2);
}

/* Cuts silently. */
void safe_copy(char *dst, const char *src, size_t n) {
  strncpy(dst, src, n);
  dst[n - 1] = '\0';
}

/* Tells the caller how long the source was. */
size_t xstrlcpy(char *dst, const char *src, size_t n) {
  return strlcpy(dst, src, n);
}

void copy_string(char *dst, const char *src) {
  strcpy(dst, src);
}
