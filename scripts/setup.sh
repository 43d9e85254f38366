# Sourced by scripts/serve, scripts/test and scripts/bench: installs only what
# is missing or of the wrong version, never asks, and pins everything.
# Safe to run twice: the second time it only compares versions.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# npm's binaryen (wasm-opt 132) must win over Debian's binaryen 108 on PATH.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION="0.21.14"
# Splits the wasm into the app and its lazy routes (scripts/build-wasm.mjs).
WASM_SPLIT_VERSION="0.2.3"
WASM_OPT_VERSION="132"
APT_PACKAGES=(chromium chromium-driver poppler-utils)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

lock_version() { # the version of a package in Cargo.lock
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    # --locked: trunk's own lockfile; unlocked, newer cssparser breaks its build.
    say "installing trunk $TRUNK_VERSION (takes 10-18 minutes once)"
    cargo install trunk --version "=$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want pinned
  want="$(lock_version wasm-bindgen)"
  pinned="$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)"
  if [ "$want" != "$pinned" ]; then
    echo "Trunk.toml [tools] wasm_bindgen is $pinned but Cargo.lock has wasm-bindgen $want: make them equal" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    # Without --locked: the CLI's lockfile names a crate version no longer on crates.io.
    say "installing wasm-bindgen-cli $want"
    cargo install wasm-bindgen-cli --version "=$want" --force
  fi
}

ensure_wasm_split() {
  # It has no --version: cargo's list of installed packages says.
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (a few minutes, once)"
    cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked
  fi
}

ensure_apt_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_npm_packages() {
  local stamp="node_modules/.katilim-lock" sum
  sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    say "installing the npm test tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$sum" > "$stamp"
  fi
  if [ "$(wasm-opt --version 2>/dev/null | cut -d' ' -f1-3)" != "wasm-opt version $WASM_OPT_VERSION" ]; then
    echo "wasm-opt on PATH is not version $WASM_OPT_VERSION: $(command -v wasm-opt)" >&2
    exit 1
  fi
}

ensure_crates() {
  # The build runs --offline; fetch the locked crates once (a no-op later).
  cargo fetch --locked --quiet
}

ensure_all() {
  ensure_rust_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_apt_packages
  ensure_npm_packages
  ensure_crates
}

build_release() {
  say "building the release (trunk build --release --offline)"
  trunk build --release --offline
}
