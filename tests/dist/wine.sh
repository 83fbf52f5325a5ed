#!/usr/bin/env bash
# Proves the Windows build from dist/ under Wine: the command line of both
# linksnap.exe (the window binary) and linksnap-cli.exe (the console one) on
# a temporary library, then the NSIS installer: a silent install, the Start
# menu entry, the linksnap:// registration, and a silent uninstall that
# leaves the library alone. Everything happens in a throwaway Wine prefix.
#
# The window itself is not tried: Wine has no WebView2.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/dist/lib.sh

zipfile=$(ls -t dist/linksnap-*-windows-amd64.zip 2>/dev/null | head -1 || true)
setup=$(ls -t dist/linksnap-*-windows-amd64-setup.exe 2>/dev/null | head -1 || true)
[ -n "$zipfile" ] || { echo "wine.sh: no dist/linksnap-*-windows-amd64.zip: run make dist-windows first" >&2; exit 1; }
work=$(mktemp -d)
export WINEPREFIX="$work/wine" WINEDEBUG=-all LANG=C.UTF-8 WINEARCH=win64
# No Mono or Gecko prompts; the ProcessPrng stand-in below is native.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
cleanup() {
	wineserver -k 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

echo "== $zipfile ($(du -h "$zipfile" | cut -f1))"
t0=$(date +%s)
mkdir -p "$WINEPREFIX"
wineserver -p # stays up between commands (ended by the cleanup)
wineboot -i >"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log"; exit 1; }
echo "   Wine prefix ready in $(($(date +%s) - t0)) s ($(wine --version))"
# Go programs need ProcessPrng from bcryptprimitives.dll, which Wine 8.0
# lacks; see wine-bcryptprimitives.c. Real Windows 10 and 11 have it.
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	tests/dist/wine-bcryptprimitives.c -ladvapi32

mkdir -p "$work/app"
unzip -q "$zipfile" -d "$work/app"
check "zip holds linksnap.exe and linksnap-cli.exe" test -f "$work/app/linksnap.exe" -a -f "$work/app/linksnap-cli.exe"
check "linksnap.exe is a Windows GUI program" bash -c "file '$work/app/linksnap.exe' | grep -q 'PE32+ executable (GUI) x86-64'"
check "linksnap-cli.exe is a Windows console program" bash -c "file '$work/app/linksnap-cli.exe' | grep -q 'PE32+ executable (console) x86-64'"
check "linksnap.exe carries version info and an icon" bash -c "x86_64-w64-mingw32-objdump -x '$work/app/linksnap.exe' | grep -q '\.rsrc'"

lib='C:\linksnap-lib'
libdir="$WINEPREFIX/drive_c/linksnap-lib"
printf '%s\n' '<!DOCTYPE NETSCAPE-Bookmark-file-1>' '<DL><p>' \
	'<DT><A HREF="https://example.org/imported" TAGS="wine,导入">Imported page</A>' '</DL><p>' >"$work/bookmarks.html"
bookmarks=$(winepath -w "$work/bookmarks.html" 2>/dev/null)

# Each command's output goes to $out; the checks read it from there.
# Into a file, not a pipe: Wine's helper processes inherit the pipe and
# would hold it open for seconds after the program ends.
out="$work/out"
winerun() {
	local rc=0
	wine "$@" >"$out.raw" 2>&1 || rc=$?
	tr -d '\r' <"$out.raw" >"$out"
	return $rc
}
for exe in linksnap-cli.exe linksnap.exe; do
	run() { winerun "$work/app/$exe" "$@"; }
	run --version || true
	echo "   $exe: $(cat "$out")"
	check "$exe --version shows version, commit and date" grep -Eq '^linksnap [^ ]+ \(commit [0-9a-f]{7,}, built [0-9]{4}-[^)]+\)$' "$out"
	check "$exe --version is not a dev build" bash -c "! grep -q '^linksnap dev ' '$out'"
	# The library is shared by both binaries: linksnap.exe finds what
	# linksnap-cli.exe added.
	if [ "$exe" = linksnap-cli.exe ]; then
		check "$exe add --tag 测试" run --data-dir "$lib" add --tag 测试 https://example.com/wine https://go.dev/doc/
	fi
	run --data-dir "$lib" list || true
	check "$exe list" bash -c "grep -q example.com/wine '$out' && grep -q go.dev/doc '$out'"
	run --data-dir "$lib" list --json || true
	check "$exe list --json" grep -q '"https://example.com/wine"' "$out"
	run --data-dir "$lib" search example || true
	check "$exe search" bash -c "grep -q example.com/wine '$out' && ! grep -q go.dev '$out'"
	run --data-dir "$lib" tag list || true
	check "$exe tag list shows 测试" grep -q '测试' "$out"
done

cli() { winerun "$work/app/linksnap-cli.exe" --data-dir "$lib" "$@"; }
cli help || true
if grep -q 'linksnap import' "$out"; then
	check "import a bookmark file" cli import "$bookmarks"
	cli list --tag 导入 || true
	check "the imported link is there with its tags" grep -q example.org/imported "$out"
else
	echo "   (no import command in this build)"
fi
cli help || true
if grep -q 'linksnap export' "$out"; then
	cli export --format json - || true
	check "export --format json -" grep -q 'example.com/wine' "$out"
	check "export C:\\export.html" cli export 'C:\export.html'
	check "the export file lists the links" grep -q 'example.com/wine' "$WINEPREFIX/drive_c/export.html"
else
	echo "   (no export command in this build)"
fi

if [ -n "$setup" ]; then
	echo "== $setup ($(du -h "$setup" | cut -f1))"
	winerun cmd /c 'echo %USERNAME%' || true
	user=$(head -1 "$out")
	appdir="$WINEPREFIX/drive_c/users/$user/AppData/Local/Programs/Linksnap"
	startmenu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Linksnap.lnk"
	libsum=$(cd "$libdir" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
	check "silent install (/S)" wine "$setup" /S
	check "installed into %LocalAppData%\\Programs\\Linksnap" test -f "$appdir/linksnap.exe" -a -f "$appdir/linksnap-cli.exe" -a -f "$appdir/uninstall.exe"
	check "Start menu entry" test -f "$startmenu"
	winerun reg query 'HKCU\Software\Classes\linksnap\shell\open\command' /ve || true
	check "linksnap:// opens linksnap.exe" grep -q 'Linksnap\\linksnap.exe" "%1"' "$out"
	check "linksnap:// is a URL protocol" bash -c "wine reg query 'HKCU\\Software\\Classes\\linksnap' /v 'URL Protocol' >/dev/null 2>&1"
	winerun reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Linksnap' /v DisplayVersion || true
	check "listed in installed programs" grep -q DisplayVersion "$out"
	winerun "$appdir/linksnap-cli.exe" --data-dir "$lib" list || true
	check "the installed linksnap-cli.exe reads the library" grep -q 'example.com/wine' "$out"
	# _?= makes the uninstaller run in place and wait.
	check "silent uninstall" wine "$appdir/uninstall.exe" /S "_?=$(winepath -w "$appdir")"
	rm -f "$appdir/uninstall.exe" # _?= leaves the uninstaller itself
	check "program files, Start menu entry and handler are gone" bash -c "[ ! -e '$appdir/linksnap.exe' ] && [ ! -e '$startmenu' ] && ! wine reg query 'HKCU\\Software\\Classes\\linksnap' >/dev/null 2>&1"
	after=$(cd "$libdir" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
	check "the library is untouched" bash -c "[ -n '$libsum' ] && [ '$libsum' = '$after' ]"
else
	echo "   (no installer in dist/)"
fi

summary wine
