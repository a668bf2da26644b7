# hpgo: `make demo` shows the tools on the bundled example, `make test` is
# what CI runs (.ci/run). Every target works on a fresh clone.

GO      ?= go
BIN     := $(CURDIR)/bin
HPVET   := $(BIN)/hpvet
HPGEN   := $(BIN)/hpgen
EXAMPLE := examples/logreport

.PHONY: all build demo test vet unit lint test-purego vet-arm64 test-isa test-simd check-generated generate bench bench-julia bench-diffusion docs test-golangci clean

all: build

build:
	$(GO) build -o $(BIN)/ ./cmd/hpvet ./cmd/hpgen

## demo: build the tools and run them on the example module under examples/.
demo: build
	@echo "== hpvet on $(EXAMPLE) (go vet -vettool=bin/hpvet ./...)"
	-cd $(EXAMPLE) && $(GO) vet -vettool=$(HPVET) ./...
	@echo
	@echo "== the always-safe fixes hpvet would apply (hpvet -fix -diff)"
	-cd $(EXAMPLE) && $(HPVET) -fix -diff ./...
	@echo
	@echo "== hpvet annotate on $(EXAMPLE): the cython -a view (open the page it names)"
	cd $(EXAMPLE) && $(HPVET) annotate -o $(BIN)/annotate-logreport.html ./...
	@echo
	@echo "== hpgen julia writes a SIMD kernel package (asm, stubs, dispatch, fallback)"
	rm -rf $(BIN)/demo-fractal && $(HPGEN) julia -pkg fractal -types float64,float32 -o $(BIN)/demo-fractal && ls $(BIN)/demo-fractal
	@echo
	@echo "== the book's Julia set with that kernel (kernels/julia), on each dispatch path"
	for isa in generic avx2 avx512; do HPGO_JULIA_ISA=$$isa $(GO) run ./examples/julia || exit 1; done
	$(GO) run ./examples/julia -parallel
	@echo
	@echo "== the book's heat equation with hpgen's fused kernel (kernels/diffusion): in cache, and past the caches"
	$(GO) run ./examples/heat -n 640 -steps 100
	$(GO) run ./examples/heat -n 4096 -steps 12

## test: everything CI checks.
test: vet unit lint test-purego vet-arm64 test-isa test-simd check-generated

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v /testdata/))" || { gofmt -l $$(git ls-files '*.go' | grep -v /testdata/); echo 'not gofmt-ed (run gofmt -w)'; exit 1; }

unit:
	$(GO) test ./...

## lint: dogfood hpvet on hpgo itself; findings fail the build.
lint: build
	$(GO) vet -vettool=$(HPVET) ./...

test-purego:
	$(GO) test -tags purego ./kernels/... ./internal/gen/...

vet-arm64:
	GOARCH=arm64 $(GO) vet ./...

## test-golangci: build golangci-lint v2.15.0 with the hpvet plugin and run it
## (and its --fix and editor JSON modes) on the fixture module. Slow: minutes.
test-golangci:
	HPGO_GOLANGCI=1 $(GO) test -count=1 -run TestGolangciLintE2E ./plugin/golangci/

## generate: regenerate the kernels with hpgen and the generated-code
## fixtures with fixturegen (go generate).
generate:
	$(GO) generate ./kernels/... ./examples/generic/... ./internal/fixturegen

## check-generated: delete every generated kernel file, regenerate, and fail
## if anything differs from what is committed.
check-generated:
	find kernels examples/generic \( -name '*.go' -o -name '*.s' \) -print0 | xargs -0 awk 'FNR==1 && /^\/\/ Code generated .* DO NOT EDIT\.$$/ {print FILENAME}' | xargs -r rm -f
	$(GO) generate ./kernels/... ./examples/generic/... ./internal/fixturegen
	git diff --exit-code -- kernels examples/generic analyzers testdata && test -z "$$(git status --porcelain -- kernels examples/generic analyzers testdata)"

## test-isa: run the kernels on every dispatch path this CPU has, and the
## GOEXPERIMENT=simd peers, which must be built on their own.
test-isa:
	for isa in generic avx2 avx512; do HPGO_JULIA_ISA=$$isa $(GO) test -count=1 ./kernels/julia || exit 1; done
	for isa in generic avx2 avx512; do HPGO_DIFFUSION_ISA=$$isa $(GO) test -count=1 ./kernels/diffusion || exit 1; done

## test-simd: the GOEXPERIMENT=simd archsimd peers, vetted and tested on
## their own (never in the same binary as the scalar code).
test-simd:
	GOEXPERIMENT=simd $(GO) vet ./kernels/julia/internal/simdpeer ./kernels/diffusion/internal/simdpeer
	GOEXPERIMENT=simd $(GO) test ./kernels/julia/internal/simdpeer ./kernels/diffusion/internal/simdpeer

## bench-diffusion: the diffusion ladder (kernels, grid copy), then the
## archsimd peer in its own GOEXPERIMENT=simd binary.
bench-diffusion:
	$(GO) test -run '^$$' -bench 'Copy|Step|Evolve' -count 5 ./kernels/diffusion/
	GOEXPERIMENT=simd $(GO) test -run '^$$' -bench . -count 5 ./kernels/diffusion/internal/simdpeer/

## bench-julia: the Julia ladder and its archsimd peer (one binary each).
bench-julia:
	$(GO) test -run '^$$' -bench 'Ladder|BusyLanes' -benchtime 5x -count 10 ./kernels/julia
	GOEXPERIMENT=simd $(GO) test -run '^$$' -bench Peer -benchtime 5x -count 10 ./kernels/julia/internal/simdpeer

bench:
	$(GO) test -run '^$$' -bench . -count 5 ./analyzers/... ./examples/generic

## docs: regenerate docs/checks.md from the analyzers' doc.go files.
docs:
	$(GO) run ./cmd/hpvet help -markdown > docs/checks.md.tmp && mv docs/checks.md.tmp docs/checks.md

clean:
	rm -rf $(BIN)
