#!/usr/bin/env bash
# Proves the .tar.gz in dist/: unpacks it, runs its install.sh into a
# temporary prefix, checks the binary, the menu entry and the icons, then
# runs install.sh --uninstall and checks everything it put there is gone.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/dist/lib.sh

arch=$(dpkg --print-architecture)
tgz=$(ls -t dist/linksnap-*-linux-"$arch".tar.gz 2>/dev/null | head -1 || true)
[ -n "$tgz" ] || { echo "tar.sh: no dist/linksnap-*-linux-$arch.tar.gz: run make dist-tar first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

echo "== $tgz ($(du -h "$tgz" | cut -f1))"
check "unpacks into one folder" bash -c "tar -C '$work' -xzf '$tgz' && [ \$(ls '$work' | wc -l) -eq 1 ]"
dir=$(ls -d "$work"/linksnap-*)
check "install.sh --prefix" bash -c "'$dir/install.sh' --prefix '$prefix' >'$work/install.log' 2>&1 || { cat '$work/install.log'; exit 1; }"
version=$("$prefix/bin/linksnap" --version 2>&1 || true)
echo "   $version"
check "--version shows version, commit and date" bash -c "grep -Eq '^linksnap [^ ]+ \(commit [0-9a-f]{7,}, built [0-9]{4}-[^)]+\)$' <<<'$version' && ! grep -q '^linksnap dev ' <<<'$version'"
desktop="$prefix/share/applications/linksnap.desktop"
check "menu entry is valid" desktop-file-validate "$desktop"
check "menu entry runs the installed binary" grep -qx "Exec=$prefix/bin/linksnap %U" "$desktop"
check "menu entry handles linksnap://" grep -q '^MimeType=x-scheme-handler/linksnap;' "$desktop"
check "linksnap:// handler registered" grep -q '^x-scheme-handler/linksnap=linksnap.desktop' "$prefix/share/applications/mimeinfo.cache"
check "icons 16..512 and scalable" bash -c "ls '$prefix'/share/icons/hicolor/{16x16,48x48,256x256,512x512}/apps/linksnap.png '$prefix/share/icons/hicolor/scalable/apps/linksnap.svg' >/dev/null"
check "install.sh --uninstall" bash -c "'$dir/install.sh' --uninstall --prefix '$prefix' >/dev/null"
check "nothing of Linksnap is left" bash -c "[ -z \"\$(find '$prefix' -name 'linksnap*')\" ]"

summary tar
