# Packages a person can install, built into dist/ (see docs/install.md).
# Included by the Makefile, whose GO, TAGS, VERSION, COMMIT, DATE, LDFLAGS
# and frontend target it uses.
#
#   make dist          every package this Linux machine can make, and SHA256SUMS
#   make dist-linux    the .deb and the .tar.gz
#   make dist-windows  linksnap.exe (cross-built with mingw-w64), a zip and the NSIS installer
#   make dist-macos    the universal .app in a zip: run it on a Mac
#   make dist-check    make dist, then install, launch and remove the .deb
#                      under Xvfb and run the Windows CLI under Wine
#
# .ci/deps-dist installs the Debian packages these need. Intermediate files
# (icons, .ico, .syso, staging trees) go to build/bin/dist, never into git.

DIST_DIR     := dist
DIST_WORK    := build/bin/dist
# Expanded once, so every package of one run carries the same stamp.
DIST_VERSION := $(VERSION)
DIST_ARCH    := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
# Debian versions start with a digit: v1.2.3-4-gabc -> 1.2.3+4+gabc,
# 8d622ab-dirty -> 0.0~git8d622ab+dirty.
DEB_VERSION  := $(shell printf '%s' '$(DIST_VERSION)' | sed -E 's/^v//; /^[0-9]+\.[0-9]/!s/^/0.0~git/; s/[-_]/+/g')
# Windows wants four numbers: v1.2.3... -> 1.2.3.0, anything else 0.0.0.0.
WIN_VERSION  := $(or $(shell printf '%s' '$(DIST_VERSION)' | sed -nE 's/^v?([0-9]+)\.([0-9]+)\.([0-9]+).*/\1.\2.\3.0/p'),0.0.0.0)

DEB_FILE     := $(DIST_DIR)/linksnap_$(DEB_VERSION)_$(DIST_ARCH).deb
TAR_NAME     := linksnap-$(DIST_VERSION)-linux-$(DIST_ARCH)
TAR_FILE     := $(DIST_DIR)/$(TAR_NAME).tar.gz
WIN_NAME     := linksnap-$(DIST_VERSION)-windows-amd64
WIN_ZIP      := $(DIST_DIR)/$(WIN_NAME).zip
WIN_SETUP    := $(DIST_DIR)/$(WIN_NAME)-setup.exe
MAC_ZIP      := $(DIST_DIR)/linksnap-$(DIST_VERSION)-macos-universal.zip

ICON_SIZES   := 16 24 32 48 64 128 256 512
ICO_SIZES    := 16 24 32 48 64 128 256
WIN_CC       ?= x86_64-w64-mingw32-gcc
WINDRES      ?= x86_64-w64-mingw32-windres
# Wails' Windows side is pure Go; cgo is for SQLite. The resource object
# (icon, version info, manifest) must sit beside main.go to be linked, so it
# is made there for the build and removed right after.
WIN_SYSO     := rsrc_windows_amd64.syso
WIN_GOENV    := CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$(WIN_CC)
WIN_TAGS     := desktop,production,sqlite_fts5

# SHA256SUMS covers every package in dist/.
define dist_sums
cd $(DIST_DIR) && rm -f SHA256SUMS && sha256sum -- $$(ls | grep -v '^SHA256SUMS$$') > SHA256SUMS
endef

.PHONY: dist dist-linux dist-deb dist-tar dist-windows dist-macos dist-check \
        dist-deps dist-linux-bin dist-icons

dist: dist-deps
	rm -rf $(DIST_DIR)
	$(MAKE) --no-print-directory dist-linux dist-windows VERSION='$(DIST_VERSION)' COMMIT='$(COMMIT)' DATE='$(DATE)'
	@echo "packages in $(DIST_DIR)/:" && ls -l $(DIST_DIR)

dist-deps:
	@.ci/deps-dist

dist-linux: dist-deb dist-tar

dist-linux-bin: frontend
	$(GO) build -trimpath -tags desktop,production,$(TAGS) -ldflags "$(LDFLAGS)" -o $(DIST_WORK)/linux/linksnap .

# The hicolor icons, rendered from build/appicon.svg.
dist-icons:
	rm -rf $(DIST_WORK)/icons && mkdir -p $(DIST_WORK)/icons/scalable/apps
	for s in $(ICON_SIZES); do \
		mkdir -p $(DIST_WORK)/icons/$${s}x$${s}/apps && \
		rsvg-convert -w $$s -h $$s build/appicon.svg -o $(DIST_WORK)/icons/$${s}x$${s}/apps/linksnap.png || exit 1; \
	done
	cp build/appicon.svg $(DIST_WORK)/icons/scalable/apps/linksnap.svg

dist-deb: dist-linux-bin dist-icons
	$(eval root := $(DIST_WORK)/deb)
	rm -rf $(root) && mkdir -p $(root)/DEBIAN $(DIST_DIR)
	install -D -m 755 $(DIST_WORK)/linux/linksnap $(root)/usr/bin/linksnap
	install -D -m 644 build/linux/linksnap.desktop $(root)/usr/share/applications/linksnap.desktop
	install -D -m 644 build/deb/copyright $(root)/usr/share/doc/linksnap/copyright
	mkdir -p $(root)/usr/share/icons && cp -r $(DIST_WORK)/icons $(root)/usr/share/icons/hicolor
	chmod -R u=rwX,go=rX $(root)/usr
	install -m 755 build/deb/postinst build/deb/postrm $(root)/DEBIAN/
	sed -e 's/@VERSION@/$(DEB_VERSION)/' -e 's/@ARCH@/$(DIST_ARCH)/' \
	    -e "s/@SIZE@/$$(du -sk $(root)/usr | cut -f1)/" build/deb/control.in > $(root)/DEBIAN/control
	cd $(root) && find usr -type f -exec md5sum {} + | sort -k2 > DEBIAN/md5sums
	rm -f $(DIST_DIR)/linksnap_*_$(DIST_ARCH).deb
	dpkg-deb --root-owner-group -Zxz --build $(root) $(DEB_FILE)
	$(dist_sums)

dist-tar: dist-linux-bin dist-icons
	$(eval root := $(DIST_WORK)/tar/$(TAR_NAME))
	rm -rf $(DIST_WORK)/tar && mkdir -p $(root)/share/applications $(root)/share/icons $(DIST_DIR)
	install -m 755 $(DIST_WORK)/linux/linksnap build/linux/install.sh $(root)/
	install -m 644 build/linux/linksnap.desktop $(root)/share/applications/
	cp -r $(DIST_WORK)/icons $(root)/share/icons/hicolor
	chmod -R u=rwX,go=rX $(root)
	rm -f $(DIST_DIR)/linksnap-*-linux-$(DIST_ARCH).tar.gz
	tar -C $(DIST_WORK)/tar --owner=0 --group=0 --numeric-owner --sort=name -czf $(TAR_FILE) $(TAR_NAME)
	$(dist_sums)

# linksnap.exe is the window binary (no console); linksnap-cli.exe is the
# same program as a console binary for terminals and scripts, since a
# -H windowsgui program started from cmd.exe has no console to print into.
dist-windows: frontend
	$(eval win := $(abspath $(DIST_WORK)/windows))
	rm -rf $(win) && mkdir -p $(win)/icons $(win)/pkg $(DIST_DIR)
	for s in $(ICO_SIZES); do rsvg-convert -w $$s -h $$s build/appicon.svg -o $(win)/icons/$$s.png || exit 1; done
	icotool -c -o $(win)/linksnap.ico $(foreach s,$(filter-out 256,$(ICO_SIZES)),$(win)/icons/$(s).png) -r $(win)/icons/256.png
	sed -e 's|@WIN_VERSION@|$(WIN_VERSION)|g' -e 's|@WIN_VERSION_COMMAS@|$(subst .,$(comma),$(WIN_VERSION))|g' \
	    -e 's|@VERSION@|$(DIST_VERSION)|g' -e 's|@COMMIT@|$(COMMIT)|g' \
	    -e 's|@ICON@|$(win)/linksnap.ico|' -e 's|@MANIFEST@|$(abspath build/windows/linksnap.exe.manifest)|' \
	    build/windows/linksnap.rc.in > $(win)/linksnap.rc
	$(WINDRES) -i $(win)/linksnap.rc -O coff -o $(WIN_SYSO)
	$(WIN_GOENV) $(GO) build -trimpath -tags $(WIN_TAGS) -ldflags "$(LDFLAGS) -H windowsgui" -o $(win)/pkg/linksnap.exe . ; \
	  rc=$$?; [ $$rc -ne 0 ] || $(WIN_GOENV) $(GO) build -trimpath -tags $(WIN_TAGS) -ldflags "$(LDFLAGS)" -o $(win)/pkg/linksnap-cli.exe . ; \
	  rc=$$?; rm -f $(WIN_SYSO); exit $$rc
	rm -f $(DIST_DIR)/linksnap-*-windows-amd64.zip $(DIST_DIR)/linksnap-*-windows-amd64-setup.exe
	cd $(win)/pkg && zip -q -X -9 $(abspath $(WIN_ZIP)) linksnap.exe linksnap-cli.exe
	makensis -V2 -INPUTCHARSET UTF8 -DVERSION=$(DIST_VERSION) -DWIN_VERSION=$(WIN_VERSION) \
	    -DSRCDIR=$(win)/pkg -DICON=$(win)/linksnap.ico -DOUTFILE=$(abspath $(WIN_SETUP)) build/windows/installer.nsi
	$(dist_sums)

comma := ,

# Runs on a Mac with Xcode's command line tools, Go and Node (and
# `brew install librsvg` for rsvg-convert); see docs/install.md.
dist-macos: frontend
	@[ "$$(uname -s)" = Darwin ] || { echo "dist-macos runs on macOS (it needs clang, lipo, iconutil and codesign)"; exit 1; }
	$(eval mac := $(DIST_WORK)/macos)
	$(eval app := $(mac)/Linksnap.app)
	rm -rf $(mac) && mkdir -p $(app)/Contents/MacOS $(app)/Contents/Resources $(mac)/linksnap.iconset $(DIST_DIR)
	for arch in arm64 amd64; do \
		CGO_ENABLED=1 GOOS=darwin GOARCH=$$arch MACOSX_DEPLOYMENT_TARGET=10.13 \
		CGO_CFLAGS=-mmacosx-version-min=10.13 CGO_LDFLAGS="-framework UniformTypeIdentifiers -mmacosx-version-min=10.13" \
		$(GO) build -trimpath -tags desktop,production,sqlite_fts5 -ldflags "$(LDFLAGS)" -o $(mac)/linksnap-$$arch . || exit 1; \
	done
	lipo -create -output $(app)/Contents/MacOS/linksnap $(mac)/linksnap-arm64 $(mac)/linksnap-amd64
	for s in 16 32 128 256 512; do \
		rsvg-convert -w $$s -h $$s build/appicon.svg -o $(mac)/linksnap.iconset/icon_$${s}x$${s}.png && \
		rsvg-convert -w $$((s*2)) -h $$((s*2)) build/appicon.svg -o $(mac)/linksnap.iconset/icon_$${s}x$${s}@2x.png || exit 1; \
	done
	iconutil -c icns -o $(app)/Contents/Resources/linksnap.icns $(mac)/linksnap.iconset
	sed -e 's|@VERSION@|$(DIST_VERSION)|g' -e 's|@SHORT_VERSION@|$(basename $(WIN_VERSION))|g' \
	    build/darwin/Info.plist > $(app)/Contents/Info.plist
	codesign --force --deep --sign - $(app)
	rm -f $(MAC_ZIP)
	ditto -c -k --keepParent $(app) $(MAC_ZIP)
	$(dist_sums)

dist-check: dist
	tests/dist/run.sh
