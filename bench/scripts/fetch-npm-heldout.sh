#!/usr/bin/env bash
# Installs the held-out npm packages into bench/.cache/npm-heldout/ (never committed), without
# running their install scripts: real packages that open net, tls and dgram sockets, kept
# apart from the development corpus (fetch-npm-corpus.sh) and never tuned for. Every change to
# the Node front end or rules is scored on them (bench/corpus/README.md, "Held out: npm").
# Usage: bench/scripts/fetch-npm-heldout.sh [package ...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target="${CORPUS_CACHE:-$here/.cache}/npm-heldout"
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(kafkajs@2.2.4 basic-ftp@5.0.5 tedious@18.6.1 memjs@1.3.2 hot-shots@10.2.1
    imapflow@1.0.187 ldapjs@3.0.7 https-proxy-agent@7.0.6 telnet-client@2.2.5 cassandra-driver@4.8.0)
fi
mkdir -p "$target"
[ -f "$target/package.json" ] || echo '{ "name": "connectlint-npm-heldout", "private": true }' > "$target/package.json"
npm install --prefix "$target" --no-save --ignore-scripts --no-audit --no-fund "${packages[@]}" > /dev/null
echo "installed ${packages[*]} in $target/node_modules"
