# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make serve   build and serve the site on http://127.0.0.1:8000 (make build: into site/)
#   make test    run the whole test suite
# Both create .venv from requirements.lock first when it is missing or older than the lock.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-from-lock
# Two pytest workers: the suite is CPU-bound (TensorFlow) and the machines have 2 cores.
WORKERS ?= 2
# Material prints a banner about its successor on every build; keep build output to our own warnings.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help env serve build test test-fast test-repeat notebooks outputs verify lock clean

help:
	@echo "make serve      serve the site on http://127.0.0.1:8000 with live reload"
	@echo "make build      build the site into site/ (strict: any warning fails)"
	@echo "make test       run the whole test suite (snippets, doctests, site build, tools)"
	@echo "make test-repeat N=5  run make test N times in fresh clones: pass/fail, wall time, slowest tests"
	@echo "make notebooks  regenerate the page notebooks and docs/solutions/*.ipynb (keeps valid outputs)"
	@echo "make outputs    run the notebooks for real and record their outputs (ARGS=\"--data-dir DIR --only PAGE\")"
	@echo "make verify     train every worked solution for real and check its threshold"
	@echo "make lock       re-resolve requirements.lock from pyproject.toml"
	@echo "make lint       ruff (lint and format), codespell, actionlint and zizmor: what CI checks first"
	@echo "make test-page PAGE=nlp/binary-classification   only what one page needs"

env: $(STAMP)

$(STAMP): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup \
		--cov --cov-report=term --cov-fail-under=100

# One file or folder, no coverage gate: make test-fast T=tests/nlp
test-fast: $(STAMP)
	$(BIN)/python -m pytest $(T)

.PHONY: lint test-page

# Every workflow file, including ones added later. actionlint runs without its optional
# shellcheck and pyflakes so that it reports the same on every machine; zizmor runs offline.
WORKFLOWS = $(wildcard .github/workflows/*.yml .github/workflows/*.yaml)
SPELLCHECKED := docs snippets README.md

# Runs every check even after one fails, then fails if any did.
lint: $(STAMP)
	@failed=; \
	check() { name=$$1; shift; echo "--- $$name"; "$$@" || failed="$$failed, $$name"; }; \
	check "ruff check" $(BIN)/ruff check .; \
	check "ruff format" $(BIN)/ruff format --check --output-format concise .; \
	check codespell $(BIN)/codespell $(SPELLCHECKED); \
	check actionlint $(BIN)/actionlint -shellcheck= -pyflakes= $(WORKFLOWS); \
	check zizmor $(BIN)/zizmor --offline --no-progress --quiet $(WORKFLOWS); \
	if [ -n "$$failed" ]; then echo "make lint: findings from $${failed#, }" >&2; exit 1; fi

# Only what one page needs: its snippets (run and doctests), its page checks (blocks, includes,
# links, anchors, skills, quoted output), its page notebook once tests/site/test_page_notebooks.py
# exists, and its own tests/<area>/test_<page>.py if it has one. No coverage gate.
#   make test-page PAGE=nlp/binary-classification
PAGE_TESTS = tests/test_snippets.py tests/site tests/basics/test_quoted_output.py
PAGE_OWN_TEST = tests/$(dir $(PAGE))test_$(subst -,_,$(notdir $(PAGE))).py

test-page: $(STAMP)
	@case "$(PAGE)" in \
	  [a-z]*/[a-z]*) ;; \
	  *) echo "error: name a page as PAGE=<area>/<page>, for example: make test-page PAGE=nlp/binary-classification" >&2; exit 2;; \
	esac; \
	test -f "docs/$(PAGE).md" || { echo "error: no page docs/$(PAGE).md (PAGE=<area>/<page>, without .md)" >&2; exit 2; }
	$(BIN)/python -m pytest -q -k "$(PAGE)/ or $(PAGE).md or $(PAGE)]" $(PAGE_TESTS) \
		$(if $(wildcard $(PAGE_OWN_TEST)),&& $(BIN)/python -m pytest -q $(PAGE_OWN_TEST))

notebooks: $(STAMP)
	$(BIN)/python scripts/build_notebooks.py

# The flake and speed record: N runs of make test, each in a fresh clone (install included).
test-repeat: $(STAMP)
	$(BIN)/python scripts/repeat_tests.py --clean-clone --runs $(or $(N),5)

outputs: $(STAMP)
	$(BIN)/python scripts/record_outputs.py $(ARGS)

verify: $(STAMP)
	$(BIN)/python scripts/verify_solutions.py $(ARGS)

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --generate-hashes --allow-unsafe \
		--no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml

clean:
	rm -rf site .pytest_cache .coverage .coverage.*
