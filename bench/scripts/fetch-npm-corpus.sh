#!/usr/bin/env bash
# Installs the npm packages of the Node corpus into bench/.cache/npm/ (never committed),
# without running their install scripts. Usage: bench/scripts/fetch-npm-corpus.sh [package ...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target="${CORPUS_CACHE:-$here/.cache}/npm"
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(pg ioredis redis mysql2 ws undici mqtt amqplib nodemailer ssh2)
fi
mkdir -p "$target"
[ -f "$target/package.json" ] || echo '{ "name": "connectlint-npm-corpus", "private": true }' > "$target/package.json"
npm install --prefix "$target" --no-save --ignore-scripts --no-audit --no-fund "${packages[@]}" > /dev/null
echo "installed ${packages[*]} in $target/node_modules"
