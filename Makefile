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

## benchstat: install benchstat into bin/ (see the README's Speed and memory).
benchstat: $(TOOLBIN)/benchstat
$(TOOLBIN)/benchstat:
	GOBIN=$(TOOLBIN) $(GO) install golang.org/x/perf/cmd/benchstat@$(BENCHSTAT_VERSION)

## golden: rewrite the golden files after a reviewed change of output.
golden:
	$(GO) test ./cmd/reconcile ./reconcile/report -update

clean:
	rm -rf bin
