# The verbs people type. Everything runs inside .venv, which `setup` creates and keeps current.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup generate check-generated lint format typecheck test demo bench soak vendor dist clean

setup: $(STAMP)

# Reinstalls only when the project's metadata changed; a second `make setup` is a no-op.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[mock,cli]" --group dev
	@touch $(STAMP)

generate: setup
	$(BIN)/python scripts/generate.py

check-generated: setup
	$(BIN)/python scripts/generate.py --check

lint: setup
	$(BIN)/ruff check wrapper scripts tests
	$(BIN)/ruff format --check wrapper scripts tests

format: setup
	$(BIN)/ruff check --fix wrapper scripts tests
	$(BIN)/ruff format wrapper scripts tests

typecheck: setup
	$(BIN)/mypy

test: setup lint typecheck check-generated
	$(BIN)/pytest

demo: setup
	$(BIN)/python scripts/demo.py

soak: setup
	$(BIN)/python scripts/soak.py

bench: setup
	$(BIN)/python scripts/bench.py

# The sdist and the wheel in dist/; the wheel holds real files where the repository has the links
# of wrapper/scanclients/_generated/.
dist: setup
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

vendor: setup
	$(BIN)/python scripts/vendor.py --into "$(INTO)" --package "$(PACKAGE)"

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache .hypothesis
