#!/usr/bin/env bash
# Installs the held-out npm packages into bench/.cache/npm-heldout/ (never committed), without
# running their install scripts: real packages that open net, tls and dgram sockets, kept
# apart from the development corpus (fetch-npm-corpus.sh) and never tuned for. Every change to
# the Node front end or rules is scored on them (bench/corpus/README.md, "Held out: npm").
# Usage: bench/scripts/fetch-npm-heldout.sh [--seen] [package ...]
#   (default)  the held-out set, never looked at while the rules were written: scored as is
#   --seen     the first held-out set, looked at (and its misses fixed) during issue 16: since
#              then a second development set, into bench/.cache/npm-seen/
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target="${CORPUS_CACHE:-$here/.cache}/npm-heldout"
if [ "${1:-}" = "--seen" ]; then
  shift
  target="${CORPUS_CACHE:-$here/.cache}/npm-seen"
  default=(kafkajs@2.2.4 basic-ftp@5.0.5 tedious@18.6.1 memjs@1.3.2 hot-shots@10.2.1
    imapflow@1.0.187 ldapjs@3.0.7 https-proxy-agent@7.0.6 telnet-client@2.2.5 cassandra-driver@4.8.0)
else
  default=(ftp@0.3.10 imap@0.8.19 memcached@2.2.2 rhea@3.0.5 node-zookeeper-client@1.1.3
    syslog-client@1.1.1 net-snmp@3.29.2 irc-framework@4.14.0 statsd-client@0.4.7 mongodb@7.9.0)
fi
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then packages=("${default[@]}"); fi
mkdir -p "$target"
[ -f "$target/package.json" ] || echo '{ "name": "connectlint-npm-heldout", "private": true }' > "$target/package.json"
npm install --prefix "$target" --no-save --ignore-scripts --no-audit --no-fund "${packages[@]}" > /dev/null
echo "installed ${packages[*]} in $target/node_modules"
