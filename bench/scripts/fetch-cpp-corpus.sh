#!/usr/bin/env bash
# Downloads the C++ development corpus (issue 20) into bench/.cache/cpp/src/ (never committed):
# Debian bookworm source packages written in C++ that open sockets. squid is also in the C
# corpus (its C files); here its C++ is the point.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
CORPUS_CACHE="$here/.cache/cpp" bash "$here/scripts/fetch-corpus.sh" squid zeromq3 aria2 mosh pdns-recursor
