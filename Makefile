# The front door. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
# The packaging test installs the wheel offline from here: the wheel's dependencies at
# exactly the versions of .venv (pip freeze), downloaded once by `make install`.
WHEELHOUSE := .cache/wheelhouse
WHEELHOUSE_STAMP := $(WHEELHOUSE)/.stamp
SPEC := src/piwik_pro/openapi.json
SOURCES := $(wildcard src scripts tests examples)
# newman (Postman's runner) for the collection test, pinned by the lockfile.
NEWMAN_DIR := tests/cli/newman
NEWMAN_STAMP := $(NEWMAN_DIR)/node_modules/.installed-stamp
# Passed to scripts/regen.py: FROM=dir reads the spec files from there.
FROM ?=
REGEN_FLAGS := $(if $(FROM),--from $(FROM),)

.DEFAULT_GOAL := help
.PHONY: help install newman regen check-generated release-check coverage lint typecheck test mutate unit demo sandbox bench record record-live dist clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[sandbox,cli]" --group dev
	touch $(STAMP)

$(WHEELHOUSE_STAMP): $(STAMP)
	mkdir -p $(WHEELHOUSE)
	$(BIN)/pip freeze --exclude-editable > $(WHEELHOUSE)/constraints.txt
	$(PY) scripts/wheel_requirements.py > $(WHEELHOUSE)/requirements.txt
	$(BIN)/pip download --quiet --dest $(WHEELHOUSE) \
		-c $(WHEELHOUSE)/constraints.txt -r $(WHEELHOUSE)/requirements.txt
	touch $@

install: $(STAMP) $(WHEELHOUSE_STAMP) ## Create .venv, install the package, the sandbox and cli extras and the dev tools, fill the wheelhouse

$(NEWMAN_STAMP): $(NEWMAN_DIR)/package.json $(NEWMAN_DIR)/package-lock.json
	npm ci --prefix $(NEWMAN_DIR) --no-audit --no-fund --loglevel=error
	touch $(NEWMAN_STAMP)

newman: $(NEWMAN_STAMP) ## Install newman (npm ci from tests/cli/newman) for the Postman collection test

regen: $(STAMP) ## Fetch, repair and regenerate everything (src/piwik_pro/openapi.json too); prints the drift report
	$(PY) scripts/regen.py $(REGEN_FLAGS)

check-generated: $(STAMP) ## Fail if regenerating would change any committed generated file (without spec files: all but the spec)
	$(PY) scripts/regen.py --check $(REGEN_FLAGS)

release-check: $(STAMP) $(NEWMAN_STAMP) $(WHEELHOUSE_STAMP) ## Regenerate, re-record and test on 18.20, 18.30 and the current release (slow)
	$(PY) scripts/release_check.py

coverage: $(STAMP) ## Per area: operations in the spec, generated, with typed 2xx bodies
	$(PY) scripts/regen.py --coverage $(REGEN_FLAGS)

lint: $(STAMP) ## ruff (lint and format check)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

typecheck: $(STAMP) ## mypy --strict on src/ and examples/
	$(BIN)/mypy
	$(BIN)/mypy --strict examples

unit: $(STAMP) $(NEWMAN_STAMP) $(WHEELHOUSE_STAMP) ## The test suite only
	$(PY) -m pytest

test: lint typecheck check-generated unit ## Everything CI runs: lint, types, generated code, tests

mutate: $(STAMP) ## Mutation testing of the hand-written core (mutmut, slow, not in CI): score and survivors
	$(BIN)/pip install --quiet --group mutate
	$(PY) scripts/mutate.py

sandbox: $(STAMP) ## Serve the local Piwik PRO sandbox on http://127.0.0.1:8080
	$(PY) -m piwik_pro.testing --port 8080

demo: $(STAMP) ## Run the getting-started walkthrough (sync, then async) against a local sandbox
	$(PY) examples/walkthrough.py
	$(PY) examples/walkthrough_async.py

bench: $(STAMP) ## Facade vs raw httpx per call, tokens under concurrency, import cost, tracking, analytics rows
	$(PY) scripts/bench.py

record: $(STAMP) ## Re-record tests/cassettes (one per operation) against a local sandbox
	$(PY) scripts/record.py

record-live: $(STAMP) ## Record cassettes from PIWIK_PRO_HOST/CLIENT_ID/CLIENT_SECRET (GETs; RECORD_WRITES=1 for all)
	$(PY) scripts/record.py --live

dist: $(STAMP) ## Build the sdist and the wheel (typed, with the sandbox spec) into dist/
	$(PY) -m build --outdir dist

clean: ## Remove the virtual environment, caches and build output
	rm -rf $(VENV) .cache dist build .pytest_cache .mypy_cache .ruff_cache $(NEWMAN_DIR)/node_modules
