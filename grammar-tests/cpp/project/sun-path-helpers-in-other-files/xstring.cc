#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include "xstring.hh"

char *
xstrncpy(char *dst, const char *src, size_t n)
{
    char *r = dst;

    if (!n || !dst)
        return dst;

    if (src)
        while (--n != 0 && *src != '\0') {
            *dst = *src;
            ++dst;
            ++src;
        }

    *dst = '\0';
    return r;
}

size_t copy_told(char *dst, const char *src, size_t n)
{
    size_t i = 0;
    while (i + 1 < n && src[i] != '\0') {
        dst[i] = src[i];
        i++;
    }
    if (n > 0)
        dst[i] = '\0';
    return std::strlen(src);
}

void fatal(const char *why)
{
    std::fputs(why, stderr);
    std::abort();
}

namespace ipc {

// Never returns: it throws.
void bail(const std::string &why)
{
    throw std::runtime_error(why);
}

}  // namespace ipc
