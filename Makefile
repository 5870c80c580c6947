# The front door. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
SPEC := .cache/openapi.json
SOURCES := $(wildcard src scripts tests examples)
# Passed to scripts/regen.py: FROM=dir reads the spec files from there.
FROM ?=
REGEN_FLAGS := $(if $(FROM),--from $(FROM),)

.DEFAULT_GOAL := help
.PHONY: help install regen specs check-generated coverage lint typecheck test unit demo sandbox bench record record-live dist clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[sandbox]" --group dev
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the package, the sandbox extra and the dev tools

$(SPEC): $(STAMP) specs/areas.toml specs/names.toml scripts/pipeline/*.py
	$(PY) scripts/regen.py --specs-only $(REGEN_FLAGS)

specs: $(SPEC) ## Write the repaired, merged spec (.cache/openapi.json) used by the sandbox

regen: $(STAMP) ## Fetch, repair and regenerate everything; prints the drift report
	$(PY) scripts/regen.py $(REGEN_FLAGS)

check-generated: $(STAMP) ## Fail if regenerating would change any committed generated file
	$(PY) scripts/regen.py --check $(REGEN_FLAGS)

coverage: $(STAMP) ## Per area: operations in the spec, generated, with typed 2xx bodies
	$(PY) scripts/regen.py --coverage $(REGEN_FLAGS)

lint: $(STAMP) ## ruff (lint and format check)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

typecheck: $(STAMP) ## mypy --strict on src/ and examples/
	$(BIN)/mypy
	$(BIN)/mypy --strict examples

unit: $(STAMP) $(SPEC) ## The test suite only
	$(PY) -m pytest

test: lint typecheck check-generated unit ## Everything CI runs: lint, types, generated code, tests

sandbox: $(STAMP) $(SPEC) ## Serve the local Piwik PRO sandbox on http://127.0.0.1:8080
	$(PY) -m piwik_pro.testing --port 8080

demo: $(STAMP) $(SPEC) ## Run the getting-started walkthrough (sync, then async) against a local sandbox
	$(PY) examples/walkthrough.py
	$(PY) examples/walkthrough_async.py

bench: $(STAMP) $(SPEC) ## Facade vs raw httpx per call, token requests under concurrency, import cost
	$(PY) scripts/bench.py

record: $(STAMP) $(SPEC) ## Re-record tests/cassettes (one per operation) against a local sandbox
	$(PY) scripts/record.py

record-live: $(STAMP) $(SPEC) ## Record cassettes from PIWIK_PRO_HOST/CLIENT_ID/CLIENT_SECRET (GETs; RECORD_WRITES=1 for all)
	$(PY) scripts/record.py --live

dist: $(STAMP) $(SPEC) ## Build the sdist and the wheel (typed, with the sandbox spec) into dist/
	$(PY) -m build --outdir dist

clean: ## Remove the virtual environment, caches and build output
	rm -rf $(VENV) .cache dist build .pytest_cache .mypy_cache .ruff_cache
