# The verbs people type. Everything runs inside .venv, which `setup` creates and keeps current.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Microsoft's SARIF multitool (the validator GitHub's documentation points to), pinned; the tests
# run its GitHub rules on our SARIF. Without npm it is skipped, and those tests say how to get it.
SARIF_MULTITOOL_VERSION := 5.7.0
SARIF_TOOL := $(VENV)/sarif-multitool/.installed-$(SARIF_MULTITOOL_VERSION)
WORKERS ?= 2

.PHONY: setup generate check-generated update-spec spec-history spec-diff lint format typecheck test demo bench soak validate-mock vendor dist clean

setup: $(STAMP) $(SARIF_TOOL)

# Reinstalls only when the project's metadata changed; a second `make setup` is a no-op.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[mock,cli]" --group dev
	@touch $(STAMP)

$(SARIF_TOOL): | $(STAMP)
	@if command -v npm >/dev/null; then \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/sarif-multitool \
	    @microsoft/sarif-multitool@$(SARIF_MULTITOOL_VERSION) && \
	  chmod u+x $(VENV)/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool && \
	  touch $@; \
	else echo "npm not found: the SARIF multitool tests will be skipped"; fi

generate: setup
	$(BIN)/python scripts/generate.py

check-generated: setup
	$(BIN)/python scripts/generate.py --check

# Take a new version of the PDCP document (a document or a docs page): replaces specs/pdcp.yaml,
# records its provenance, regenerates and prints the spec diff. COMMIT, DATE, REPOSITORY and FILE
# are recorded when given.
update-spec: setup
	@test -n "$(SOURCE)" || { echo "usage: make update-spec SOURCE=path [COMMIT=sha DATE=YYYY-MM-DD]" >&2; exit 2; }
	$(BIN)/python scripts/update_spec.py "$(SOURCE)" --repository "$(REPOSITORY)" --file "$(FILE)" --commit "$(COMMIT)" --date "$(DATE)"

# The regression corpus: every published version of the PDCP document (projectdiscovery/docs,
# `git clone https://github.com/projectdiscovery/docs`), each taken by update_spec.py in a scratch
# copy, oldest first; one line per version. Slow (about 20 s a version); not part of `make test`.
spec-history: setup
	@test -n "$(DOCS)" || { echo "usage: make spec-history DOCS=path/to/projectdiscovery/docs" >&2; exit 2; }
	$(BIN)/python scripts/spec_history.py "$(DOCS)"

# What changed between two versions of a document, breaking changes marked.
spec-diff: setup
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make spec-diff OLD=path NEW=path" >&2; exit 2; }
	$(BIN)/python scripts/spec_diff.py "$(OLD)" "$(NEW)"

lint: setup
	$(BIN)/ruff check wrapper scripts tests
	$(BIN)/ruff format --check wrapper scripts tests

format: setup
	$(BIN)/ruff check --fix wrapper scripts tests
	$(BIN)/ruff format wrapper scripts tests

typecheck: setup
	$(BIN)/mypy

# Two workers (the 2 cores the suite is budgeted for; WORKERS=0 runs in this process), a test file
# per worker at a time so module fixtures run once; the spec coverage and the fault matrix are
# measured over every worker's traffic at the end (tests/conftest.py).
test: setup lint typecheck check-generated
	$(BIN)/pytest -n $(WORKERS) --dist loadfile

demo: setup
	$(BIN)/python scripts/demo.py

soak: setup
	$(BIN)/python scripts/soak.py

# schemathesis over every operation of both specs against the mock (slow; not part of `make test`).
# It lives in its own environment: it is a tool run against the mock, not a project dependency.
VALIDATE_VENV := .venv-validate
validate-mock: setup
	@test -x $(VALIDATE_VENV)/bin/schemathesis || { $(PYTHON) -m venv $(VALIDATE_VENV) && \
		$(VALIDATE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "schemathesis==4.32.5"; }
	$(BIN)/python scripts/validate_mock.py $(VALIDATE_ARGS)

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
