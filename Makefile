# The two commands a new user needs (see README.md):
#   make run    installs what is missing, builds, serves the app on http://127.0.0.1:$(PORT)/
#   make test   installs what is missing, builds, runs every test layer through ctest
# and, for maintainers, `make bench` (benchmarks, not part of `make test`).
PORT ?= 8080
export NODE_PATH := /usr/share/nodejs

.PHONY: all setup native wasm site run test bench clean

all: site native

setup:
	@bash scripts/setup.sh

native: setup
	@cmake --preset native >/dev/null
	@cmake --build --preset native

wasm: setup
	@cmake --preset wasm >/dev/null
	@cmake --build --preset wasm

site: wasm native
	@bash scripts/make_site.sh build/wasm build/site build/native/kinerja

run: site
	@node scripts/serve.mjs build/site $(PORT)

test:
	@bash scripts/test.sh

bench: site native
	@bash tests/bench/run.sh
	@bash tests/bench/import.sh
	@bash tests/bench/browser.sh

clean:
	rm -rf build/native build/wasm build/site build/screens build/bench
