# reconcile — see README.md.
GO       ?= go
BIN      ?= bin/reconcile
ARTICLES ?= fixtures/articles
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
STATICCHECK_VERSION ?= v0.8.2
# Tools install into the module's own bin directory, through the module proxy.
TOOLBIN  := $(CURDIR)/bin

.PHONY: all build run test lint bench golden fuzz clean

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

## golden: rewrite the golden files after a reviewed change of output.
golden:
	$(GO) test ./cmd/reconcile ./reconcile/report -update

clean:
	rm -rf bin
