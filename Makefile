# Parley: `make run` (set up, build, import data/, answer, export) and
# `make test` (set up, build, run every test). Both install missing Debian
# packages first when run as root; otherwise they print the apt-get command.

BUILD ?= build
DB ?= $(BUILD)/parley.db
OUT ?= out
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PARLEY := $(BUILD)/parley

DEBIAN_PACKAGES := build-essential cmake pkg-config librocksdb-dev libboost-graph-dev \
  libcereal-dev libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev nlohmann-json3-dev \
  libicu-dev libfmt-dev graphviz python3 python3-networkx sqlite3

.PHONY: all deps configure build run test bench fuzz clean format

all: build

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing packages; run:  sudo apt-get update && sudo apt-get install -y" $$missing; exit 1; \
	  fi; \
	fi

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	rm -rf $(DB)
	$(PARLEY) --db $(DB) import data/
	$(PARLEY) --db $(DB) who-proposed
	mkdir -p $(OUT)
	$(PARLEY) --db $(DB) export --format json -o $(OUT)/parley.json
	$(PARLEY) --db $(DB) export --format dot -o $(OUT)/parley.dot
	$(PARLEY) --db $(DB) export --format graphml -o $(OUT)/parley.graphml
	dot -Tsvg $(OUT)/parley.dot -o $(OUT)/parley.svg
	@echo "exports written to $(OUT)/: parley.json parley.dot parley.graphml parley.svg"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bench/run.sh

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) $(OUT)
