# kgx — build, run and test. `make run` and `make test` install what is
# missing first (Debian/Ubuntu; as root or with sudo).

GO ?= go
DEMO_STORE ?= $(CURDIR)/demo.kgx
# Fyne's cgo build needs a C compiler, pkg-config, GL and X11 headers; the
# GUI tests need Xvfb.
DEPS = gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
       libxinerama-dev libxi-dev libxxf86vm-dev xvfb
NONGUI = ./importer/... ./graph/... ./app/cli/... ./app/ingest/... ./app/locale/... ./assets/...
# -race runs on every package (the window's tests queue what fyne.Do would
# hand to the main goroutine, see mainQueue in app/window/ui_test.go).
RACE = ./...

# What a build stamps into `kgx version`: FyneApp.toml's version, the commit
# and the time of the build.
VERSION := $(shell sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)
COMMIT := $(shell git rev-parse HEAD 2>/dev/null)
DATE := $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS := -X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.date=$(DATE)

# Packages: fyne.io/tools at a pinned version, installed into .tools/ (no
# global install); Debian's MinGW cross-compiles the Windows program.
FYNE_TOOLS := fyne.io/tools/cmd/fyne@v1.7.4
FYNE := $(CURDIR)/.tools/fyne
DIST_DEPS = gcc-mingw-w64-x86-64 xz-utils zip
NAME := kgx-$(VERSION)
LINUX_PKG := dist/$(NAME)-linux-amd64.tar.xz
WINDOWS_PKG := dist/$(NAME)-windows-amd64.zip
STAGE := $(CURDIR)/dist/stage

.PHONY: deps build run test vet clean dist dist-deps dist-linux dist-windows smoke fuzz

deps:
	@command -v $(GO) >/dev/null || { echo "kgx: Go is not installed (https://go.dev/dl/)"; exit 1; }
	@missing=""; for p in $(DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o kgx .

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
	$(GO) test -count=1 -race -short $(RACE)

# make fuzz: each fuzz target (the article readers, the graph-data readers,
# the query parser) for FUZZ_TIME; an input that fails is kept in the
# package's testdata/fuzz and runs with every go test after. FUZZ_TIME is a
# count of inputs: with a duration, Go 1.26's fuzzing coordinator can fail a
# run with a bare "context deadline exceeded" when a busy machine starves its
# workers at the deadline (go.dev/issue/75804, fixed in Go 1.27).
FUZZ_TIME ?= 100000x
fuzz: deps
	for t in FuzzText FuzzMarkdown FuzzHTML FuzzPDF FuzzDOCX; do \
		$(GO) test ./importer/read -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZ_TIME) || exit 1; done
	for t in FuzzReadJSON FuzzReadNQuads FuzzParseQuery; do \
		$(GO) test ./graph -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZ_TIME) || exit 1; done

clean:
	rm -rf kgx kgx.exe demo.kgx demo.kgx-wal demo.kgx-shm dist .tools stamp_gen.go

# make dist: the Linux package (.tar.xz with an installing Makefile) and the
# Windows program (.zip), with checksums, in dist/.
dist: dist-linux dist-windows
	cd dist && sha256sum $(notdir $(LINUX_PKG)) $(notdir $(WINDOWS_PKG)) > SHA256SUMS
	@cat dist/SHA256SUMS

dist-deps: deps
	@missing=""; for p in $(DIST_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(FYNE):
	GOBIN=$(CURDIR)/.tools $(GO) install $(FYNE_TOOLS)

# fyne_package builds and packages for OS $(1) with the environment $(2).
# fyne package builds the program itself, without -ldflags: the stamp goes
# into a generated file for the time of the build. It also counts the build
# number up in FyneApp.toml; the release checklist sets that, so the file
# is put back.
define fyne_package
	printf 'package main\n\nfunc init() { version, commit, date = "%s", "%s", "%s" }\n' "$(VERSION)" "$(COMMIT)" "$(DATE)" > stamp_gen.go
	cp FyneApp.toml $(STAGE)/FyneApp.toml
	$(2) $(FYNE) package --os $(1) --release; status=$$?; rm -f stamp_gen.go; cp $(STAGE)/FyneApp.toml FyneApp.toml; exit $$status
endef

dist-linux: dist-deps $(FYNE)
	rm -rf $(STAGE)/linux && mkdir -p $(STAGE)/linux dist
	$(call fyne_package,linux,)
	tar -xJf kgx.tar.xz -C $(STAGE)/linux && rm kgx.tar.xz
	d=$(STAGE)/$(NAME) && rm -rf $$d && mkdir -p $$d/bin $$d/share/applications $$d/share/mime/packages && \
	cp $(STAGE)/linux/kgx/usr/local/bin/kgx $$d/bin/ && \
	sed -e 's,^Exec=kgx$$,Exec=kgx %F,' -e '$$a MimeType=application/x-kgx-project;' \
		$(STAGE)/linux/kgx/usr/local/share/applications/dev.kgx.explorer.desktop > $$d/share/applications/dev.kgx.explorer.desktop && \
	cp assets/packaging/linux/dev.kgx.explorer.xml $$d/share/mime/packages/ && \
	$(GO) run ./assets/packaging/icons -src assets/icon.png -name dev.kgx.explorer -out $$d/share/icons/hicolor && \
	cp assets/packaging/linux/Makefile LICENSE $$d/ && cp README.md $$d/README.md && \
	tar -cJf $(LINUX_PKG) -C $(STAGE) $(NAME)
	@echo "wrote $(LINUX_PKG)"

dist-windows: dist-deps $(FYNE)
	rm -rf $(STAGE)/$(NAME)-windows && mkdir -p $(STAGE)/$(NAME)-windows dist
	$(call fyne_package,windows,CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1)
	mv kgx.exe $(STAGE)/$(NAME)-windows/ && cp LICENSE README.md $(STAGE)/$(NAME)-windows/
	rm -f $(WINDOWS_PKG) && cd $(STAGE) && zip -qr $(CURDIR)/$(WINDOWS_PKG) $(NAME)-windows
	@echo "wrote $(WINDOWS_PKG)"

# make smoke: install the Linux package into a temporary prefix and run the
# installed program under Xvfb (drop the demo articles, export a PNG); check
# the Windows program's executable headers.
smoke: dist
	rm -rf $(STAGE)/smoke && mkdir -p $(STAGE)/smoke
	tar -xJf $(LINUX_PKG) -C $(STAGE)/smoke
	$(MAKE) -C $(STAGE)/smoke/$(NAME) install PREFIX=$(STAGE)/smoke/prefix
	KGX_BIN=$(STAGE)/smoke/prefix/bin/kgx KGX_PREFIX=$(STAGE)/smoke/prefix KGX_DIST=$(CURDIR)/dist KGX_VERSION=$(VERSION) \
		$(GO) test -count=1 -run 'TestInstalled|TestDist' .
