#!/usr/bin/env bash
# Installs, from Debian's packages, what the benchmarks use beyond npm when it is
# missing and apt can be used (root): the peers the side-by-side table runs on a
# subset (cppcheck, clang-tidy) and unzip (the extension's start reads the .vsix).
# Never fails: without them, the table says the peers were not run.
set -uo pipefail
missing=()
command -v cppcheck > /dev/null || missing+=(cppcheck)
command -v clang-tidy > /dev/null || missing+=(clang-tidy)
command -v unzip > /dev/null || missing+=(unzip)
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
