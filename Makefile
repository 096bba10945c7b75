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

.PHONY: run build test deps deps-test vet fuzz bench package install clean

run: build
	./$(BIN)

build: deps
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN) ./cmd/cryptoatlas

test: deps-test vet
	CRYPTOATLAS_E2E=1 $(GO) test -race $(GOFLAGS_BUILD) -timeout 30m ./...
	$(MAKE) --no-print-directory fuzz FUZZTIME=10s

vet:
	$(GO) vet $(GOFLAGS_BUILD) ./...

# A short run of every fuzz target; FUZZTIME=5m for a longer one.
FUZZTIME ?= 10s
fuzz:
	@for t in $$($(GO) test $(GOFLAGS_BUILD) -list 'Fuzz.*' ./data/... | grep '^Fuzz'); do \
		pkg=$$(grep -rl "func $$t(" --include='*_test.go' data | head -1 | xargs dirname); \
		echo "fuzz $$t ($$pkg, $(FUZZTIME))"; \
		$(GO) test $(GOFLAGS_BUILD) -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) ./$$pkg || exit 1; \
	done

# Performance figures from the project's own benchmarks on generated data (see README).
bench: deps-test
	@scripts/ensure-packages.sh bc time
	@scripts/bench.sh

deps:
	@scripts/ensure-packages.sh $(RUN_PKGS)

deps-test:
	@scripts/ensure-packages.sh $(TEST_PKGS)

clean:
	rm -f $(BIN)
