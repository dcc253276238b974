#!/usr/bin/env bash
# Installs Postmottak under PREFIX: the binary in PREFIX/bin, the shipped model, form
# templates and acknowledgement templates in PREFIX/share/postmottak (where the binary looks
# for a relative path's resources, a leading Config/ dropped), the annotated configuration as
# an example beside them, and the systemd unit in PREFIX/lib/systemd/system.
#
#   scripts/install.sh PREFIX [BINARY]     # BINARY: default .build/release/postmottak
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:?usage: scripts/install.sh PREFIX [BINARY]}"
binary="${2:-.build/release/postmottak}"
[ -x "$binary" ] || { echo "install: $binary is not built (swift build -c release)"; exit 1; }
install -d "$prefix/bin" "$prefix/share/postmottak" "$prefix/lib/systemd/system"
install -m 0755 "$binary" "$prefix/bin/postmottak"
for part in model forms acknowledgements; do
  rm -rf "$prefix/share/postmottak/$part"
  cp -R "Config/$part" "$prefix/share/postmottak/$part"
done
install -m 0644 Config/postmottak.toml "$prefix/share/postmottak/postmottak.toml.example"
sed "s|@PREFIX@|$prefix|g" deploy/postmottak.service > "$prefix/lib/systemd/system/postmottak.service"
echo "installed postmottak in $prefix (resources in $prefix/share/postmottak)"
