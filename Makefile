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
  libicu-dev libfmt-dev libpugixml-dev libxapian-dev libjemalloc-dev graphviz python3 python3-networkx sqlite3 \
  libserd-dev python3-rdflib pybind11-dev python3-dev python3-pytest libgraphviz-dev fonts-dejavu-core \
  libjs-d3 chromium

.PHONY: all deps configure build run test kuzu crash bench fuzz clean format

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
	$(PARLEY) --db $(DB) draw lineage buffer-zone -o $(OUT)/lineage-buffer-zone.svg
	$(PARLEY) --db $(DB) draw correspondence -o $(OUT)/correspondence.svg
	@echo "exports written to $(OUT)/: parley.json parley.dot parley.graphml parley.svg lineage-buffer-zone.svg correspondence.svg"

# Kùzu from the npm registry, for the test that loads the Neo4j export into
# Kùzu with COPY (and for bench/; never a dependency of Parley). Without npm
# or the registry that one test is skipped and says so.
KUZU_VERSION ?= 0.11.3
KUZU_DIR := $(BUILD)/kuzu
kuzu:
	@[ -f $(KUZU_DIR)/node_modules/kuzu/kuzujs.node ] || { \
	  mkdir -p $(KUZU_DIR) && cd $(KUZU_DIR) && \
	  { [ -f package.json ] || npm init -y >/dev/null; } && \
	  npm install --no-audit --no-fund kuzu@$(KUZU_VERSION) >/dev/null && \
	  node node_modules/kuzu/install.js >/dev/null; } || \
	  echo "Kùzu not installed: the Kùzu COPY test of the Neo4j export will be skipped"

test: build kuzu
	cd $(BUILD) && PARLEY_KUZU_NODE_PATH=$(abspath $(KUZU_DIR))/node_modules \
	  ctest --output-on-failure -j $(JOBS)

# kill -9 at random moments of 100 imports (fresh and replacing), with at
# least 1,000 reader runs beside them; about 5 minutes. tests/crash/README.md.
# CRASH_PAGES=600 spans several groups of pages (a kill can land between
# them), at about 20 s a trial.
CRASH_TRIALS ?= 100
CRASH_READER_RUNS ?= 1000
CRASH_PAGES ?= 60
crash: build
	python3 tests/crash/crash_test.py --parley $(PARLEY) \
	  --gen $(BUILD)/bench/parley_gen --pages $(CRASH_PAGES) \
	  --trials $(CRASH_TRIALS) --min-reader-runs $(CRASH_READER_RUNS)

bench: build
	BUILD=$(BUILD) bench/run.sh

# libFuzzer on the importers, the name resolver and the query parsers, in its
# own clang build directory (the normal build uses g++). Runs each target of
# FUZZ_TARGETS for FUZZ_SECONDS in turn, from its kept corpus fuzz/corpus/T;
# new inputs go to $(FUZZ_BUILD)/corpus/T, crashing ones to
# $(FUZZ_BUILD)/crashes/. See fuzz/README.md.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= page tei name query
FUZZ_SEEDS := $(wildcard data ../shared/seeds ../shared/corpus)

fuzz: deps
	@command -v clang++ >/dev/null || { echo "make fuzz needs clang (apt-get install clang)"; exit 1; }
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPARLEY_BUILD_FUZZ=ON -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCH=OFF -DPARLEY_BUILD_PYTHON=OFF
	cmake --build $(FUZZ_BUILD) --target parley_fuzzers -j $(JOBS)
	@set -e; for t in $(FUZZ_TARGETS); do \
	  dict=fuzz/$$t.dict; [ -f $$dict ] || dict=fuzz/name.dict; \
	  seeds=fuzz/corpus/$$t; [ $$t != page ] || seeds="$$seeds $(FUZZ_SEEDS)"; \
	  len=16384; case $$t in name|query) len=256;; esac; \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/crashes; \
	  echo "== parley_$${t}_fuzzer for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/fuzz/parley_$${t}_fuzzer -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -max_len=$$len -dict=$$dict -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- $(FUZZ_BUILD)/corpus/$$t $$seeds; \
	done

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) $(OUT)
