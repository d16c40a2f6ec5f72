# dlnotes: two commands for a fresh clone.
#   make serve   set everything up, then serve the site at http://127.0.0.1:8000
#   make test    set everything up, then run every check (lint, types, all tests)
# Other targets: make build (site into ./site), make bench, make figures,
# make notebooks (re-execute the notebooks), make test-browser, make budget.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000
# Material prints a banner about MkDocs 2 on every run; it is not ours to act on.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build bench figures notebooks test-browser budget timing lint setup setup-serve clean

serve: setup-serve
	$(VENV)/bin/mkdocs serve --dev-addr $(HOST)

test: setup lint
	$(PY) -m pytest

lint: setup-python
	$(VENV)/bin/ruff check src tests figures hooks scripts notebooks
	$(VENV)/bin/ruff format --check src tests figures hooks scripts notebooks
	$(VENV)/bin/mypy

build: setup-serve
	$(VENV)/bin/mkdocs build --strict

bench: setup-python
	$(PY) -m dlnotes.bench --write .

figures: setup-python
	$(PY) -m figures

notebooks: setup-python
	$(PY) -m notebooks

test-browser: setup
	$(PY) -m pytest tests/browser

budget: setup
	$(PY) scripts/site_budget.py

timing: setup
	$(PY) scripts/page_timing.py

setup: setup-system-test setup-python setup-node
setup-serve: setup-system-serve setup-python setup-node

.PHONY: setup-system-test setup-system-serve setup-python setup-node
setup-system-test:
	@scripts/setup-system.sh test
setup-system-serve:
	@scripts/setup-system.sh serve

setup-python: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml constraints.txt
	@echo "dlnotes set-up: creating $(VENV) and installing the package with its docs and test extras ..."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[docs,test,data]'
	@touch $@

setup-node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	@echo "dlnotes set-up: installing KaTeX and axe-core from package-lock.json ..."
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

clean:
	rm -rf site $(VENV) node_modules test-artifacts
