# Crypto Atlas. The two commands a newcomer needs:
#   make run    install missing system packages, build, open the app on the sample article
#   make test   install what the tests need, run every test (with -race)
GO      ?= go
TAGS    := migrated_fynedo
BIN     := cryptoatlas
GOFLAGS_BUILD := -tags $(TAGS)

# System packages: the C toolchain and X11/GL headers Fyne's GLFW driver compiles against,
# and for tests a virtual X display with screenshot tools.
RUN_PKGS  := gcc pkg-config libgl1-mesa-dev xorg-dev
TEST_PKGS := $(RUN_PKGS) xvfb x11-apps xdotool imagemagick

.PHONY: run build test deps deps-test vet fuzz bench bench-window eval eval-real htmlbench package install uninstall icon clean

run: build
	./$(BIN)

build: deps
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN) ./cmd/cryptoatlas

test: deps-test vet
	CRYPTOATLAS_E2E=1 $(GO) test -race $(GOFLAGS_BUILD) -timeout 30m ./...
	$(MAKE) --no-print-directory fuzz FUZZTIME=10s

vet:
	$(GO) vet $(GOFLAGS_BUILD) ./...

# A short run of every fuzz target; FUZZTIME=5m for a longer one (see scripts/fuzz.sh,
# which also passes over Go 1.26's end-of-run deadline race, golang/go#75804).
FUZZTIME ?= 10s
fuzz:
	@GO=$(GO) TAGS=$(TAGS) FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

# The extractor scored as the field does: precision and recall per metric on the test
# articles and, where its texts are on this machine, the real set (data/testdata/real).
eval:
	$(GO) run ./scripts/eval -split dev

# The real development set alone, listing every wrong and missing figure with its reasons,
# and how many facts each reason for a metric got right and wrong.
# SPLIT=holdout scores the set-aside articles (do that rarely: see data/testdata/real).
SPLIT ?= dev
eval-real:
	$(GO) run ./scripts/eval -only real -split $(SPLIT) -v -reasons

# Performance figures from the project's own benchmarks on generated data (see README).
bench: deps-test
	@scripts/ensure-packages.sh bc time
	@scripts/bench.sh

# The first-window figures alone (Crypto Atlas vs a minimal Fyne window), from RUNS=9 runs.
bench-window: deps-test
	@scripts/ensure-packages.sh bc
	@scripts/bench.sh window

# The HTML reader scored on the public article-extraction benchmark (181 news pages with
# their article text marked by hand) by the benchmark's own evaluate.py, beside the scores
# it publishes for go-trafilatura and go-readability. The pages are downloaded into
# scripts/htmlbench/work/ (git-ignored), never into the repository; BENCH_REPO=DIR uses a
# clone of github.com/scrapinghub/article-extraction-benchmark already on this machine.
htmlbench:
	@scripts/ensure-packages.sh python3 git
	@scripts/htmlbench/run.sh

deps:
	@scripts/ensure-packages.sh $(RUN_PKGS)

deps-test:
	@scripts/ensure-packages.sh $(TEST_PKGS)

# Packaging with the Fyne tool, which takes the name, ID, version, build and icon from
# FyneApp.toml. It runs as `go run pkg@version`: pinned here, built once into Go's build
# cache, and kept out of go.mod, whose requirements are the app's own.
#
# The tool builds only a main package with FyneApp.toml beside it (it then turns
# [Migrations] fyneDo into -tags migrated_fynedo itself), and ours is cmd/cryptoatlas
# while FyneApp.toml is at the top, so this builds the binary with the same tag and hands
# it over with --executable. The tool also counts [Details] Build up after every package;
# the build number is ours to set, so FyneApp.toml is put back as it was.
FYNE    := $(GO) run fyne.io/tools/cmd/fyne@v1.7.4
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
APPID   := $(shell sed -n 's/^ID *= *"\(.*\)"/\1/p' FyneApp.toml)
ARCHIVE := dist/$(BIN)-$(VERSION)-linux-$(shell $(GO) env GOARCH).tar.xz
PKG_PKGS := $(RUN_PKGS) xz-utils

package: $(ARCHIVE)

$(ARCHIVE): FORCE
	@scripts/ensure-packages.sh $(PKG_PKGS)
	rm -rf dist/pkg && mkdir -p dist/pkg
	$(GO) build $(GOFLAGS_BUILD) -trimpath -ldflags '-s -w' -o dist/pkg/$(BIN) ./cmd/cryptoatlas
	cp FyneApp.toml dist/pkg/FyneApp.toml.orig
	cd dist/pkg && $(FYNE) package --target linux --src $(CURDIR) --executable $(CURDIR)/dist/pkg/$(BIN); \
		status=$$?; cp FyneApp.toml.orig $(CURDIR)/FyneApp.toml; exit $$status
	mv dist/pkg/*.tar.xz $@
	rm -rf dist/pkg
	@echo "packaged $@: usr/local/bin/$(BIN), share/applications/*.desktop, share/pixmaps icon, Makefile"

# Installs the package for the current user, without root: ~/.local/bin/$(BIN), its
# .desktop file in ~/.local/share/applications and the icon in ~/.local/share/icons,
# through the user-install target of the Makefile inside the archive.
install: package
	rm -rf dist/install && mkdir -p dist/install
	tar -xJf $(ARCHIVE) -C dist/install
	$(MAKE) --no-print-directory -C dist/install/$(BIN) user-install
	rm -rf dist/install
	@echo "installed $(HOME)/.local/bin/$(BIN); Crypto Atlas is in the desktop's menu ('make uninstall' removes it)"

uninstall:
	rm -f $(HOME)/.local/bin/$(BIN) $(HOME)/.local/share/applications/$(APPID).desktop \
		$(HOME)/.local/share/icons/$(APPID).png

# The icon's PNG, from its SVG source (rsvg-convert draws the SVG's clip path right).
icon:
	@scripts/ensure-packages.sh librsvg2-bin
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png

FORCE:

clean:
	rm -rf $(BIN) dist
