# Postmottak: the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
VENV ?= .venv-test
BIN := .build/debug/postmottak
DEV_BIN := .build/debug/postmottak-dev

.PHONY: deps deps-test build demo install test unit-test system-test fuzz bench bench-imap bench-cards bench-classify clean

deps:
	bash scripts/install-deps.sh --build

deps-test:
	POSTMOTTAK_VENV=$(VENV) bash scripts/install-deps.sh --build --test

build: deps
	$(SWIFT) build

## Runs the pipeline on Samples/ with the embedded defaults and prints a summary table.
demo: build
	rm -rf demo-data
	$(BIN) demo --data-dir demo-data

## Installs the release binary and its resources under PREFIX (default /usr/local).
PREFIX ?= /usr/local
install: deps
	$(SWIFT) build -c release --product postmottak
	bash scripts/install.sh $(DESTDIR)$(PREFIX) .build/release/postmottak

## Every test: the Swift test suite, then the system tests against the built binaries (the
## install test against a release build), then a short fuzzing smoke.
test: deps-test
	$(SWIFT) build
	$(SWIFT) build -c release --product postmottak
	$(MAKE) unit-test system-test RELEASE_BIN=.build/release/postmottak
	bash scripts/fuzz.sh 5

unit-test:
	OMP_THREAD_LIMIT=1 $(SWIFT) test

## The system tests, under pytest against the built binary (Tests/System; their shared tools in
## Tests/Support/postmottak_support.py). No bytecode and no cache are written. PYTEST_ARGS
## narrows or widens a run, e.g. PYTEST_ARGS="-k bombs" or PYTEST_ARGS="-s" to see every check.
## The options are written --name=value, so that pytest does not take ../shared for a test path.
system-test:
	PYTHONDONTWRITEBYTECODE=1 $(VENV)/bin/python -m pytest Tests/System -p no:cacheprovider -q -rs --binary=$(BIN) --dev-binary=$(DEV_BIN) $(if $(RELEASE_BIN),--release-binary=$(RELEASE_BIN)) --samples=Samples --shared=../shared $(PYTEST_ARGS)

## Fuzzes the readers of hostile input with libFuzzer, FUZZ_SECONDS (default 120) per target.
fuzz: deps
	bash scripts/fuzz.sh $${FUZZ_SECONDS:-120}

## Ingests generated messages end to end and compares with Python's email parser.
bench: deps
	$(SWIFT) build -c release
	.build/release/postmottak-dev bench --count $${COUNT:-3000}

## Drains N generated messages from a local Dovecot; compares with Python's imaplib and a Python pipeline.
bench-imap: deps-test
	$(SWIFT) build -c release
	PYTHONDONTWRITEBYTECODE=1 $(VENV)/bin/python Tests/Bench/imap_bench.py --binary .build/release/postmottak --count $${COUNT:-5000}

## Near-duplicate look-ups at 10k, 100k and 1M stored fingerprints; classification throughput.
bench-classify: deps
	$(SWIFT) build -c release
	.build/release/postmottak-dev bench-classify

## Cards per second with the OCR pool against the tesseract command line on the same files.
bench-cards: deps-test
	$(SWIFT) build -c release
	.build/release/postmottak-dev bench-cards $${CARDS:-../shared/samples/cards}

clean:
	rm -rf .build demo-data $(VENV)
