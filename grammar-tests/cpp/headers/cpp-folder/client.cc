#include "client.h"

int main() {
  net::Client client;
  return 0;
}
