#!/bin/sh
# Installs Linksnap from this unpacked archive: the binary, the menu entry
# (which also makes Linksnap the handler of linksnap:// links) and the icons.
#
#   ./install.sh                  into ~/.local, or /usr/local when run as root
#   ./install.sh --prefix DIR     into DIR/bin, DIR/share/...
#   ./install.sh --uninstall [--prefix DIR]
#
# Your library (~/.local/share/linksnap) is never touched, not even by
# --uninstall.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
action=install

while [ $# -gt 0 ]; do
	case "$1" in
	--prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix=$2; shift 2 ;;
	--prefix=*) prefix=${1#--prefix=}; shift ;;
	--uninstall) action=uninstall; shift ;;
	-h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
	esac
done

bindir="$prefix/bin"
appdir="$prefix/share/applications"
icondir="$prefix/share/icons/hicolor"

refresh() {
	if command -v update-desktop-database >/dev/null 2>&1; then
		update-desktop-database -q "$appdir" 2>/dev/null || true
	fi
	if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icondir/index.theme" ]; then
		gtk-update-icon-cache -q -t -f "$icondir" 2>/dev/null || true
	fi
}

if [ "$action" = uninstall ]; then
	rm -f "$bindir/linksnap" "$appdir/linksnap.desktop"
	for f in "$icondir"/*/apps/linksnap.png "$icondir"/scalable/apps/linksnap.svg; do
		[ -e "$f" ] && rm -f "$f"
	done
	refresh
	echo "Linksnap removed from $prefix (your library was left as it is)."
	exit 0
fi

install -d "$bindir" "$appdir"
install -m 755 "$here/linksnap" "$bindir/linksnap"

# The menu entry names the binary by its full path, so it works even when
# $bindir is not on the PATH the desktop session starts programs with.
sed -e "s|^Exec=linksnap |Exec=$bindir/linksnap |" -e "s|^TryExec=linksnap\$|TryExec=$bindir/linksnap|" \
	"$here/share/applications/linksnap.desktop" >"$appdir/linksnap.desktop"
chmod 644 "$appdir/linksnap.desktop"

(cd "$here/share/icons/hicolor" && find . -type f) | while read -r f; do
	install -D -m 644 "$here/share/icons/hicolor/$f" "$icondir/$f"
done
refresh

# Make Linksnap the default for linksnap:// links for this user.
if [ "$(id -u)" -ne 0 ] && command -v xdg-mime >/dev/null 2>&1; then
	xdg-mime default linksnap.desktop x-scheme-handler/linksnap 2>/dev/null || true
fi

echo "Linksnap installed: $bindir/linksnap"
case ":$PATH:" in
*":$bindir:"*) ;;
*) echo "note: $bindir is not on your PATH; the menu entry works, the command needs the full path." ;;
esac

# What the window needs at run time, and what captures need.
if command -v ldconfig >/dev/null 2>&1; then
	libs=$(ldconfig -p 2>/dev/null || true)
	for lib in libwebkit2gtk-4.1.so.0 libgtk-3.so.0; do
		case "$libs" in
		*"$lib"*) ;;
		*) echo "warning: $lib is missing: install WebKitGTK 4.1 and GTK 3 (Debian/Ubuntu: libwebkit2gtk-4.1-0; Fedora: webkit2gtk4.1; Arch: webkit2gtk-4.1)." >&2 ;;
		esac
	done
fi
found=""
for b in chromium chromium-browser google-chrome google-chrome-stable microsoft-edge; do
	command -v "$b" >/dev/null 2>&1 && found=$b && break
done
[ -n "$found" ] || [ -x /usr/lib/chromium/chromium ] || [ -x /snap/bin/chromium ] ||
	echo "note: captures need Chrome, Chromium or Edge; none was found (Debian/Ubuntu: apt install chromium)."
exit 0
