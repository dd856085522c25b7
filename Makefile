# reconcile — see README.md.
GO       ?= go
BIN      ?= bin/reconcile
ARTICLES ?= fixtures/articles
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
STATICCHECK_VERSION ?= v0.8.2
# golang.org/x/perf has no release tags; this is the pseudo-version @latest gave.
BENCHSTAT_VERSION   ?= v0.0.0-20260908200009-22c9c6c9d4da
# Tools install into the module's own bin directory, through the module proxy.
TOOLBIN  := $(CURDIR)/bin

.PHONY: all build run test scale lint bench benchstat perf golden fuzz clean

all: build

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/reconcile

## run: reconcile the fixture articles and print the report.
## Exit status 1 means findings, which is the expected outcome here.
run: build
	@./$(BIN) check $(ARTICLES); status=$$?; [ $$status -le 1 ] || exit $$status

## test: vet, then every test with the race detector.
test:
	$(GO) vet ./...
	$(GO) test -race ./...

## scale: detection quality on 10,000 generated articles, held to the floors
## TestQuality checks on 1,000 (reconcile/scale_test.go); no race detector.
scale:
	$(GO) test ./reconcile -run '^TestScale$$' -scale -v -count=1 -timeout 30m

## lint: formatting, vet and staticcheck.
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@test -x $(TOOLBIN)/staticcheck || GOBIN=$(TOOLBIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(TOOLBIN)/staticcheck ./...

## bench: the benchmarks, with allocations.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## fuzz: fuzz every target in turn, FUZZTIME each (default 10m).
## -timeout must exceed -fuzztime, or the run fails at its end.
FUZZTIME ?= 10m
fuzz:
	@for target in $$($(GO) test -list '^Fuzz' ./... | grep '^Fuzz'); do \
	  pkg=$$(grep -rl --include='*_test.go' "func $$target(" . | head -1 | xargs dirname); \
	  echo "== $$pkg $$target"; \
	  $(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) -timeout 0 -parallel 1 "$$pkg" || exit 1; \
	done

## perf: the README's speed and memory procedure on a generated corpus of
## PERF_ARTICLES articles in a temporary directory: end-to-end check (wall
## time, MB/s, peak RSS), corpus add and an incremental check of 100 new
## articles against a full check, then the benchmarks through benchstat.
## The check runs again with --memory-limit PERF_MEMORY_LIMIT (default 21 KB
## an article: about 1.4 times the live heap's peak on the generated corpus).
## Takes a few minutes; not part of make test. Needs GNU time (/usr/bin/time).
PERF_ARTICLES ?= 10000
PERF_MEMORY_LIMIT ?=
perf: build $(TOOLBIN)/benchstat
	@set -eu; dir=$$(mktemp -d); trap 'rm -rf "$$dir"' EXIT; n=$(PERF_ARTICLES); \
	$(GO) build -o $(TOOLBIN)/gencorpus ./cmd/gencorpus; \
	$(TOOLBIN)/gencorpus -articles $$((n + 100)) -seed 1 -out $$dir/c; \
	mkdir $$dir/new; for i in $$(seq $$((n + 1)) $$((n + 100))); do mv $$dir/c/articles/$$(printf %06d $$i).txt $$dir/new/; done; \
	bytes=$$(find $$dir/c/articles -name '*.txt' -printf '%s\n' | awk '{s += $$1} END {print s}'); \
	timed() { what=$$1; shift; /usr/bin/time -f '%e %M' -o $$dir/time "$$@" >/dev/null || [ $$? -eq 1 ]; \
	  set -- $$(tail -n 1 $$dir/time); wall=$$1; echo "$$what: $$wall s, peak RSS $$(($$2 / 1024)) MB"; }; \
	echo "$$(go version); $$(nproc) CPUs; load before: $$(cut -d' ' -f1-3 /proc/loadavg)"; \
	timed "check $$n articles ($$bytes bytes)" ./$(BIN) check --quiet --format json --jobs 2 $$dir/c/articles; \
	awk -v b=$$bytes -v t=$$wall 'BEGIN {printf "  %.2f MB/s of article text\n", b / 1e6 / t}'; \
	limit=$(PERF_MEMORY_LIMIT); limit=$${limit:-$$((n * 21))KB}; \
	timed "check $$n articles, --memory-limit $$limit" ./$(BIN) check --quiet --format json --jobs 2 --memory-limit $$limit $$dir/c/articles; \
	timed "corpus add $$n articles" ./$(BIN) corpus add --corpus $$dir/store --jobs 2 $$dir/c/articles; \
	timed "check --corpus, 100 new articles" ./$(BIN) check --quiet --format json --jobs 2 --corpus $$dir/store $$dir/new; \
	timed "full check, $$n + 100 articles" ./$(BIN) check --quiet --format json --jobs 2 $$dir/c/articles $$dir/new; \
	echo "load after: $$(cut -d' ' -f1-3 /proc/loadavg)"; \
	$(GO) test -run '^$$' -bench 'BenchmarkCheck|BenchmarkStore' -benchmem -count 6 ./reconcile | tee $$dir/bench.txt; \
	$(GO) test -run '^$$' -bench 'BenchmarkExtract$$' -benchmem -count 6 ./reconcile/extract | tee -a $$dir/bench.txt; \
	$(TOOLBIN)/benchstat $$dir/bench.txt

## benchstat: install benchstat into bin/ (see the README's Speed and memory).
benchstat: $(TOOLBIN)/benchstat
$(TOOLBIN)/benchstat:
	GOBIN=$(TOOLBIN) $(GO) install golang.org/x/perf/cmd/benchstat@$(BENCHSTAT_VERSION)

## golden: rewrite the golden files after a reviewed change of output.
golden:
	$(GO) test ./cmd/reconcile ./reconcile/report -update

clean:
	rm -rf bin
