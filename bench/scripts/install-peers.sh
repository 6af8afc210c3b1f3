#!/usr/bin/env bash
# Installs the peers the side-by-side table runs on a subset — cppcheck and
# clang-tidy, from Debian's packages — when they are missing and apt can be used
# (root). Never fails: without them, the table says they were not run.
set -uo pipefail
missing=()
command -v cppcheck > /dev/null || missing+=(cppcheck)
command -v clang-tidy > /dev/null || missing+=(clang-tidy)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "not root: ${missing[*]} not installed; the table skips them" >&2
  exit 0
fi
echo "installing ${missing[*]} from Debian" >&2
apt-get install -y -qq "${missing[@]}" > /dev/null 2>&1 \
  || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq "${missing[@]}" > /dev/null 2>&1; } \
  || echo "could not install ${missing[*]}; the table skips them" >&2
exit 0
