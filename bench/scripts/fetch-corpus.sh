#!/usr/bin/env bash
# Downloads and unpacks Debian source packages into bench/.cache/src/ (never committed).
# Usage: bench/scripts/fetch-corpus.sh [package ...]
# With no arguments: the development corpus named by the C rules issue.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cache="${CORPUS_CACHE:-$here/.cache}"
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(postgresql-15 haproxy lighttpd libevent memcached dnsmasq squid openldap c-ares)
fi
mkdir -p "$cache/apt/lists/partial" "$cache/apt/archives/partial" "$cache/src"
# Our own sources list with deb-src, so the machine's apt setup is left alone.
sed 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources > "$cache/apt/sources.sources"
apt_opts=(-o "Dir::Etc::sourcelist=$cache/apt/sources.sources" -o Dir::Etc::sourceparts=/dev/null
  -o "Dir::State::Lists=$cache/apt/lists" -o "Dir::Cache::archives=$cache/apt/archives"
  -o Debug::NoLocking=1)
if [ ! -e "$cache/apt/lists/.updated" ]; then
  apt-get "${apt_opts[@]}" update -qq
  touch "$cache/apt/lists/.updated"
fi
cd "$cache/src"
for package in "${packages[@]}"; do
  if compgen -G "$cache/src/${package}-*/" > /dev/null || compgen -G "$cache/src/${package%-[0-9]*}-*/" > /dev/null; then
    echo "have $package"
    continue
  fi
  # The newest version first; if its files are gone from the mirror, the older ones.
  fetched=
  for version in $(apt-cache "${apt_opts[@]}" showsrc "$package" 2>/dev/null | awk '/^Version:/ {print $2}' | sort -rV | uniq); do
    if apt-get "${apt_opts[@]}" source -qq --download-only "$package=$version" 2>/dev/null; then
      fetched=$version
      break
    fi
  done
  if [ -z "$fetched" ]; then
    echo "could not download $package: skipped" >&2
    continue
  fi
  dsc=$(ls -t ./*.dsc | head -n 1)
  dpkg-source --no-check -x "$dsc" > /dev/null
  rm -f ./*.dsc ./*.tar.* ./*.diff.gz
  echo "unpacked $package"
done
