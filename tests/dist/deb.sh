#!/usr/bin/env bash
# Proves the .deb in dist/ the way a person meets it on Debian 12: installs
# it with apt-get, checks the version stamp, the menu entry and the icons,
# starts the app from the menu entry's Exec line under Xvfb, waits for its
# window and takes a screenshot (artifacts/dist/deb-window.png), then removes
# the package and checks that the user's library was left exactly as it was.
#
# Needs root (or sudo). Without a display it starts its own Xvfb.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -n "${DISPLAY:-}" ] || exec tests/with-display.sh "$0" "$@"
source tests/dist/lib.sh

arch=$(dpkg --print-architecture)
deb=$(ls -t dist/linksnap_*_"$arch".deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || { echo "deb.sh: no dist/linksnap_*_$arch.deb: run make dist-deb first" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
art=artifacts/dist
mkdir -p "$art"
work=$(mktemp -d)
export LINKSNAP_DATA_DIR="$work/library"
app_pid=""
cleanup() {
	[ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
	if dpkg-query -W -f='${Status}' linksnap 2>/dev/null | grep -q "ok installed"; then
		DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq linksnap >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

echo "== $deb ($(du -h "$deb" | cut -f1))"
check "package names the WebKitGTK 4.1 runtime" bash -c "dpkg-deb -f '$deb' Depends | grep -q 'libwebkit2gtk-4.1-0'"
check "package suggests chromium" bash -c "dpkg-deb -f '$deb' Suggests | grep -qw chromium"

# A clean start: apt-get skips a package whose version is already there.
if dpkg-query -W -f='${Status}' linksnap 2>/dev/null | grep -q "ok installed"; then
	DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq linksnap >/dev/null
fi
t0=$(date +%s)
check "apt-get install ./$deb" bash -c "DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends './$deb' >'$work/apt.log' 2>&1 || { cat '$work/apt.log'; exit 1; }"
echo "   installed in $(($(date +%s) - t0)) s"

check "linksnap is /usr/bin/linksnap" bash -c '[ "$(command -v linksnap)" = /usr/bin/linksnap ]'
version=$(linksnap --version 2>&1 || true)
echo "   $version"
check "--version shows version, commit and date" bash -c "grep -Eq '^linksnap [^ ]+ \(commit [0-9a-f]{7,}, built [0-9]{4}-[0-9]{2}-[0-9]{2}T[^)]+\)$' <<<'$version' && ! grep -q '^linksnap dev ' <<<'$version'"
if [ -n "${EXPECT_VERSION:-}" ]; then
	check "--version is $EXPECT_VERSION" bash -c "grep -q '^linksnap $EXPECT_VERSION ' <<<'$version'"
fi

desktop=/usr/share/applications/linksnap.desktop
check "menu entry is valid" desktop-file-validate "$desktop"
check "menu entry handles linksnap:// and text/uri-list" grep -qx 'MimeType=x-scheme-handler/linksnap;text/uri-list;' "$desktop"
check "postinst registered the linksnap:// handler" grep -q '^x-scheme-handler/linksnap=.*linksnap.desktop' /usr/share/applications/mimeinfo.cache
check "xdg-mime finds the handler" bash -c '[ "$(XDG_DATA_DIRS=/usr/share xdg-mime query default x-scheme-handler/linksnap)" = linksnap.desktop ]'
for s in 16 32 48 64 128 256 512; do
	check "icon ${s}x$s" bash -c "[ \"\$(file -b /usr/share/icons/hicolor/${s}x$s/apps/linksnap.png | grep -o '$s x $s')\" = '$s x $s' ]"
done
check "scalable icon" test -s /usr/share/icons/hicolor/scalable/apps/linksnap.svg

# The user's library, made by the installed binary.
check "add a link to a library in \$LINKSNAP_DATA_DIR" linksnap add --tag 安装测试 https://example.com/dist-check
check "the library lists it" bash -c "linksnap list | grep -q example.com/dist-check"

# Start it the way the menu does: the Exec line without its field codes.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -1 | sed -E 's/ ?%[fFuUdDnNickvm]//g')
echo "   Exec line: $exec_line"
dbus-run-session -- sh -c "echo \$\$ >'$work/app.pid'; exec $exec_line" >"$work/app.log" 2>&1 &
launcher=$!
win=""
for _ in $(seq 150); do
	win=$(xdotool search --onlyvisible --name '^Linksnap$' 2>/dev/null | head -1 || true)
	[ -n "$win" ] && break
	kill -0 "$launcher" 2>/dev/null || break
	sleep 0.2
done
app_pid=$(cat "$work/app.pid" 2>/dev/null || true)
check "window 'Linksnap' appears" test -n "$win"
if [ -n "$win" ]; then
	sleep 3 # let the UI draw the list
	check "screenshot $art/deb-window.png" scrot -o "$art/deb-window.png"
	check "the app is still running" kill -0 "$app_pid"
fi
if [ -n "$app_pid" ]; then
	kill "$app_pid" 2>/dev/null || true
	for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
	kill -9 "$app_pid" 2>/dev/null || true
fi
wait "$launcher" 2>/dev/null || true
app_pid=""
if [ "$failed" -ne 0 ]; then sed 's/^/   app: /' "$work/app.log" | tail -20; fi

# Removing the package leaves the library exactly as it was.
before=$(cd "$LINKSNAP_DATA_DIR" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
check "apt-get remove linksnap" bash -c "DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq linksnap >/dev/null 2>&1"
check "binary, menu entry and icons are gone" bash -c '! [ -e /usr/bin/linksnap ] && ! [ -e /usr/share/applications/linksnap.desktop ] && ! [ -e /usr/share/icons/hicolor/48x48/apps/linksnap.png ]'
check "postrm dropped the linksnap:// handler" bash -c '! grep -q linksnap.desktop /usr/share/applications/mimeinfo.cache'
after=$(cd "$LINKSNAP_DATA_DIR" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
check "the library is untouched ($(wc -l <<<"$before") files)" bash -c "[ -n '$before' ] && [ '$before' = '$after' ]"

summary deb
