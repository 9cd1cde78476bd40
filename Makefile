# kgx — build, run and test. `make run` and `make test` install what is
# missing first (Debian/Ubuntu; as root or with sudo).

GO ?= go
DEMO_STORE ?= $(CURDIR)/demo.kgx
# Fyne's cgo build needs a C compiler, pkg-config, GL and X11 headers; the
# GUI tests need Xvfb.
DEPS = gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
       libxinerama-dev libxi-dev libxxf86vm-dev xvfb
NONGUI = ./importer/... ./graph/... ./app/cli/... ./app/ingest/... ./app/locale/... ./assets/...

.PHONY: deps build run test vet clean

deps:
	@command -v $(GO) >/dev/null || { echo "kgx: Go is not installed (https://go.dev/dl/)"; exit 1; }
	@missing=""; for p in $(DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(GO) build -o kgx .

run: build
	./kgx import --store $(DEMO_STORE) assets/demo
	./kgx --store $(DEMO_STORE)

vet:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	@if $(GO) list -deps ./graph/... ./importer/... ./app/cli/... ./app/ingest/... | grep -q '^fyne.io/'; then \
		echo "graph/, importer/, app/cli or app/ingest imports Fyne"; exit 1; fi
	@if $(GO) list -deps ./graph/... | grep -q '^github.com/kgx/kgx/importer'; then \
		echo "graph/ imports the importer"; exit 1; fi
	@if $(GO) list -deps ./app/window/... | grep -q '^github.com/kgx/kgx/app/cli$$'; then \
		echo "the window imports the command line"; exit 1; fi

test: deps vet
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race -short $(NONGUI)

clean:
	rm -f kgx demo.kgx demo.kgx-wal demo.kgx-shm
