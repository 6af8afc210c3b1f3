/* Calls named connect that are not connect(2). */
#include <stddef.h>

struct transport {
    int (*connect)(void *self, const char *host);
    void *self;
};

struct server;
static int connect(struct server *s); /* this file's own connect() */

void use_transport(struct transport *t)
{
    t->connect(t->self, "db.example"); // ok: unchecked-return
    (*t->connect)(t->self, "db.example"); // ok: unchecked-return
}

static int connect(struct server *s)
{
    return s == NULL ? -1 : 0;
}

void start(struct server *s)
{
    connect(s); // ok: unchecked-return
}

