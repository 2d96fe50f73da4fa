# Every target works on a fresh machine with only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install spec generate check lint format typecheck pytest test test-all docs demo clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e . --group dev
	touch $(STAMP)

spec: install
	$(PY) -m scripts.specbuild.build

generate: install
	$(PY) -m scripts.generate

check: install
	$(PY) -m scripts.check

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/zizmor --offline --no-progress --quiet .github/workflows

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install
	$(BIN)/mypy overlay/sezzle scripts examples

pytest: install
	$(PY) -m pytest

test: install check lint typecheck pytest

# The same checks on every installed Python 3.11, 3.12 and 3.13 (noxfile.py); a missing one is reported and skipped.
test-all: install
	$(BIN)/nox

# The API reference site, from the docstrings and docs/*.md, into site/ (warnings are errors).
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

demo: install spec generate
	$(PY) examples/demo.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .nox site build/typecheck

# Sezzle's docs: fetch the reference pages, report API drift, refresh everything in one go.
.PHONY: fetch-docs drift refresh
DOCS_BASE_URL ?= https://docs.sezzle.com
DRIFT_BASE ?= HEAD
DRIFT_FORMAT ?= text
DRIFT_FAIL_ON ?=
REFRESH_REPORT ?= build/drift-report.md

fetch-docs: install
	$(PY) -m scripts.fetch_docs --base-url $(DOCS_BASE_URL)

drift: install
	$(PY) -m scripts.drift --base $(DRIFT_BASE) --format $(DRIFT_FORMAT) $(if $(DRIFT_FAIL_ON),--fail-on $(DRIFT_FAIL_ON))

refresh: install
	$(PY) -m scripts.refresh --base-url $(DOCS_BASE_URL) --report $(REFRESH_REPORT)

# Benchmarks: client against raw httpx, imports, build, cold token, CSV; writes BENCHMARKS.md in a few minutes.
.PHONY: bench
bench: install
	$(PY) -m scripts.bench
