# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make serve   build and serve the site on http://127.0.0.1:8000 (make build: into site/)
#   make test    run the whole test suite
# Both create .venv from requirements.lock first when it is missing or older than the lock.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-from-lock
# Three pytest workers on 2 cores: the browser tests' worker waits on Chromium (page loads, the
# network going quiet), and a third worker trains in those gaps (30 Nov 2026: 490 s against 551 s).
WORKERS ?= 3
# Material prints a banner about its successor on every build; keep build output to our own warnings.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help env serve build offline test test-fast test-repeat notebooks outputs outputs-check verify lock clean test-matrix matrix-env matrix-lock

help:
	@echo "make serve      serve the site on http://127.0.0.1:8000 with live reload"
	@echo "make build      build the site into site/ (strict: any warning fails)"
	@echo "make offline    the offline edition: the site in a zip that works from disk (offline/)"
	@echo "make test       run the whole test suite (snippets, doctests, site build, tools)"
	@echo "make test-repeat N=5  run CI's .ci/run N times in fresh clones: pass/fail, wall time, slowest tests"
	@echo "make notebooks  regenerate the page notebooks and docs/solutions/*.ipynb (keeps valid outputs)"
	@echo "make outputs    run the notebooks for real and record their outputs (ARGS=\"--data-dir DIR --only PAGE\")"
	@echo "make outputs-check  list the notebooks that lost recorded outputs since their recording"
	@echo "make verify     train every worked solution for real and check its threshold"
	@echo "make lock       re-resolve requirements.lock from pyproject.toml (and requirements-uv.lock, .github/linkchecker.lock)"
	@echo "make lint       ruff (lint and format), codespell, actionlint and zizmor: what CI checks first"
	@echo "make test-page PAGE=nlp/binary-classification   only what one page needs"
	@echo "make test-matrix ENV=colab   run the snippet, page-notebook and solution tests on another"
	@echo "                TensorFlow (ENV: $(MATRIX_ENVS)) and record the result in docs/matrix.yml"
	@echo "make matrix-lock ENV=colab   re-resolve tests/matrix/ENV.lock from tests/matrix/ENV.in"

env: $(STAMP)

# uv (pinned in requirements-uv.lock, installed by pip) installs the lock in about a third of
# pip's time: parallel downloads, and the byte-code compiled on all cores, which matters where
# PYTHONDONTWRITEBYTECODE is set. Where uv cannot reach the registry, pip installs the lock.
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps
$(STAMP): requirements.lock requirements-uv.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@{ $(PIP_INSTALL) -r requirements-uv.lock && $(BIN)/uv pip install --quiet --python $(BIN)/python \
		--native-tls --require-hashes --no-deps --compile-bytecode -r requirements.lock; } || { \
		echo "--- uv could not install requirements.lock; installing it with pip"; \
		$(PIP_INSTALL) -r requirements.lock; }
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
# exists, and its own tests/<area>/test_<page>.py if it has one. No coverage gate. One pytest
# process, selected by -k (the own tests by their file's name): the page runs once even when its
# own tests read what the page's run printed (tests/harness/pages.py keeps it).
#   make test-page PAGE=nlp/binary-classification
PAGE_TESTS = tests/test_snippets.py tests/site
PAGE_OWN_TEST = tests/$(dir $(PAGE))test_$(subst -,_,$(notdir $(PAGE))).py
PAGE_OWN = $(wildcard $(PAGE_OWN_TEST))

test-page: $(STAMP)
	@case "$(PAGE)" in \
	  [a-z]*/[a-z]*) ;; \
	  *) echo "error: name a page as PAGE=<area>/<page>, for example: make test-page PAGE=nlp/binary-classification" >&2; exit 2;; \
	esac; \
	test -f "docs/$(PAGE).md" || { echo "error: no page docs/$(PAGE).md (PAGE=<area>/<page>, without .md)" >&2; exit 2; }
	$(BIN)/python -m pytest -q -k "$(PAGE)/ or $(PAGE).md or $(PAGE)]$(if $(PAGE_OWN), or $(notdir $(PAGE_OWN)))" \
		$(PAGE_TESTS) $(PAGE_OWN)

notebooks: $(STAMP)
	$(BIN)/python scripts/build_notebooks.py

# The flake and speed record: N runs of what CI runs (.ci/run: axe-core from npm, make lint,
# make test), each in a fresh clone, so the install counts. CI=true: the browser tests must run.
test-repeat: $(STAMP)
	CI=true $(BIN)/python scripts/repeat_tests.py --clean-clone --runs $(or $(N),5) --command "bash .ci/run"

outputs: $(STAMP)
	$(BIN)/python scripts/record_outputs.py $(ARGS)

# Which notebooks lost recorded outputs since their recording (code changed): make test checks it too.
outputs-check: $(STAMP)
	$(BIN)/python scripts/record_outputs.py --check

verify: $(STAMP)
	$(BIN)/python scripts/verify_solutions.py $(ARGS)

LOCK_FLAGS := --quiet --strip-extras --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/python -m piptools compile $(LOCK_FLAGS) --output-file requirements.lock pyproject.toml
	$(BIN)/python -m piptools compile $(LOCK_FLAGS) --output-file requirements-uv.lock requirements-uv.in
	$(BIN)/python -m piptools compile $(LOCK_FLAGS) --output-file .github/linkchecker.lock .github/linkchecker.in

# The version matrix: the same tests on the TensorFlow / Keras stacks readers run.
#   labs     tests/matrix/labs.lock    the course labs' pins (TensorFlow 2.16, Keras 3.3)
#   colab    tests/matrix/colab.lock   Google Colab (TensorFlow 2.19, Keras 3.10, Python 3.12)
#   default  requirements.lock         this site's pins (the project's .venv)
#   newest   tests/matrix/newest.in    the newest releases, re-resolved on every run
# Each ENV but default gets its venv in .venvs/ENV (git-ignored), made with MATRIX_PYTHON.
MATRIX_ENVS := labs colab default newest
ENV ?= colab
MATRIX_PYTHON ?= $(if $(filter colab,$(ENV)),$(shell for p in python3.12 python3.11 python3; do \
	$$p -c "" 2>/dev/null && { command -v $$p; break; }; done),python3.11)
MATRIX_VENV := $(if $(filter default,$(ENV)),$(VENV),.venvs/$(ENV))
MATRIX_BIN := $(MATRIX_VENV)/bin
MATRIX_STAMP := $(if $(filter default,$(ENV)),$(STAMP),$(MATRIX_VENV)/.installed)
MATRIX_TESTS := tests/test_snippets.py tests/site/test_page_notebooks.py tests/site/test_quoted_output.py tests/basics tests/solutions \
	tests/practice-exam
MATRIX_JUNIT := .venvs/junit-$(ENV).xml
MATRIX_RESULTS ?= docs/matrix.yml

matrix-env: $(MATRIX_STAMP)

.venvs/labs/.installed: tests/matrix/labs.lock
.venvs/colab/.installed: tests/matrix/colab.lock
.venvs/%/.installed:
	@case " $(MATRIX_ENVS) " in *" $* "*) ;; *) echo "error: unknown ENV=$*; use one of: $(MATRIX_ENVS)" >&2; exit 2;; esac
	test -x $(@D)/bin/python || $(MATRIX_PYTHON) -m venv $(@D)
	if [ "$*" = newest ]; then \
		$(@D)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade -r tests/matrix/newest.in; \
	else \
		$(@D)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r tests/matrix/$*.lock; \
	fi
	$(if $(filter newest,$(ENV)),,touch $@)

# Runs the tests (make's exit status is theirs), then records them in $(MATRIX_RESULTS); a run
# narrowed with PYTEST_ARGS (e.g. PYTEST_ARGS="-k basics") updates only the pages it ran.
test-matrix: $(MATRIX_STAMP)
	@case " $(MATRIX_ENVS) " in *" $(ENV) "*) ;; *) echo "error: unknown ENV=$(ENV); use one of: $(MATRIX_ENVS)" >&2; exit 2;; esac
	@mkdir -p .venvs
	@start=$$(date +%s); status=0; \
	$(MATRIX_BIN)/python -m pytest -q -p no:cacheprovider -p tests.matrix.plugin $(MATRIX_TESTS) --junit-xml=$(MATRIX_JUNIT) $(PYTEST_ARGS) || status=$$?; \
	$(MATRIX_BIN)/python scripts/matrix_results.py --results $(MATRIX_RESULTS) record $(ENV) --junit $(MATRIX_JUNIT) \
		--python $(MATRIX_BIN)/python --seconds $$(( $$(date +%s) - start )) $(if $(PYTEST_ARGS),--partial) || exit $$?; \
	exit $$status

matrix-lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	cd tests/matrix && ../../$(BIN)/pip-compile --quiet --strip-extras --generate-hashes --allow-unsafe \
		--no-emit-index-url --no-emit-find-links --output-file $(ENV).lock $(ENV).in

# The offline edition: the whole site in a zip that works from disk (index.html from file://, search
# included, nothing fetched from outside): Material's offline plugin plus overrides/hooks/offline.py.
#   make offline   -> offline/tensorflow-study-guide-offline.zip (one folder, tensorflow-study-guide/)
OFFLINE_DIR ?= offline
OFFLINE_ZIP ?= $(OFFLINE_DIR)/tensorflow-study-guide-offline.zip
offline: $(STAMP)
	rm -rf $(OFFLINE_DIR)/tensorflow-study-guide $(OFFLINE_ZIP)
	OFFLINE_EDITION=true $(BIN)/mkdocs build --strict --site-dir $(OFFLINE_DIR)/tensorflow-study-guide
	cd $(OFFLINE_DIR) && $(abspath $(BIN))/python -m zipfile -c $(abspath $(OFFLINE_ZIP)) tensorflow-study-guide
	@echo "$(OFFLINE_ZIP): $$(du -k $(OFFLINE_ZIP) | cut -f1) kB; unzip it and open tensorflow-study-guide/index.html"

clean:
	rm -rf site .pytest_cache .coverage .coverage.* offline
