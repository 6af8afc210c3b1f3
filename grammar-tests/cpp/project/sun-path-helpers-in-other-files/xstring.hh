#pragma once
#include <cstddef>
#include <string>

// Like strncpy(3), but always terminates: cuts a long string without a word.
char *xstrncpy(char *dst, const char *src, size_t n);

// Copies at most n - 1 characters and returns how many it wanted to.
size_t copy_told(char *dst, const char *src, size_t n);

[[noreturn]] void fatal(const char *why);

namespace ipc {
void bail(const std::string &why);
}
