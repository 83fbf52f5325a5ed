# Linksnap: `make run` sets up and opens the app; `make test` sets up and
# runs every test. Both install what is missing first (see .ci/deps).

GO        ?= go
TAGS      := webkit2_41,sqlite_fts5
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
DATE      ?= $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS   := -s -w -X linksnap/backend/buildinfo.Version=$(VERSION) \
             -X linksnap/backend/buildinfo.Commit=$(COMMIT) \
             -X linksnap/backend/buildinfo.Date=$(DATE)
BIN       := build/bin/linksnap
DEV_BIN   := build/bin/linksnap-dev
NPM_STAMP := frontend/node_modules/.package-lock.json

.PHONY: run test deps system-deps build frontend dev lint bindings check-bindings \
        test-go test-frontend test-e2e test-smoke bench bench-library \
        bench-add bench-window bench-queue fidelity bench-capture clean

run: deps build
	./$(BIN)

test: deps lint check-bindings test-frontend build test-go test-e2e test-smoke

deps: system-deps $(NPM_STAMP)
	@$(GO) mod download

# Debian packages and a recent enough npm, before npm ci needs them.
system-deps:
	@.ci/deps

$(NPM_STAMP): frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

frontend: $(NPM_STAMP)
	cd frontend && npm run build

build: frontend
	$(GO) build -tags desktop,production,$(TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) .

dev: frontend
	$(GO) build -tags dev,$(TAGS) -o $(DEV_BIN) .

lint:
	@test -z "$$(gofmt -l . | grep -v node_modules)" || { gofmt -l . | grep -v node_modules; echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet -tags $(TAGS) ./...

# The Wails bindings are generated from the bound Go services and
# committed; this regenerates them and fails if they differ.
bindings:
	$(GO) build -tags bindings,$(TAGS) -o build/bin/bindgen . && ./build/bin/bindgen

check-bindings: bindings
	@test -z "$$(git status --porcelain -- frontend/wailsjs)" || { git status --porcelain -- frontend/wailsjs; echo "bindings are out of date: run make bindings and commit"; exit 1; }

test-frontend: $(NPM_STAMP)
	cd frontend && npm run typecheck && npm run test

test-go:
	$(GO) test -race -count=1 -tags $(TAGS) ./...

test-e2e: dev
	tests/with-display.sh env LINKSNAP_DEV_BIN=$(abspath $(DEV_BIN)) node tests/e2e/run.mjs

test-smoke: build
	tests/with-display.sh dbus-run-session -- $(GO) test -count=1 -tags smoke,sqlite_fts5 ./tests/smoke -bin $(abspath $(BIN))

# Benchmarks: numbers, never pass/fail.
bench: bench-library bench-add bench-window

bench-library:
	$(GO) test -run '^$$' -bench . -benchtime 200x -tags sqlite_fts5 ./backend/links

bench-add: build
	bench/add.sh $(abspath $(BIN))

bench-window: build
	tests/with-display.sh dbus-run-session -- $(GO) run ./bench/window -bin $(abspath $(BIN))

bench-queue:
	$(GO) run -tags sqlite_fts5 ./bench/queue -n $${N:-1000}

fidelity:
	$(GO) run -tags sqlite_fts5 ./bench/fidelity

bench-capture:
	$(GO) run ./bench/capture

-include dist.mk

clean:
	rm -rf build/bin artifacts
