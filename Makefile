# tripletex-async — every everyday task. `make install` first on a fresh machine (demo and test do it).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
ENV ?= production
SPEC ?=
OLD ?=
NEW ?=
PORT ?= 8765
export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: install demo test test-fast lint typecheck regen regen-check api-diff emulator bench bench-import \
        bench-pagination bench-parse bench-session bench-fleet bench-webhooks clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[emulator,progress,cli,fleet]" --group dev
	touch $@

install: $(VENV)/.installed

demo: install
	$(PY) -m tripletex_async.demo

test: install lint typecheck
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not regen"

lint: install
	$(VENV)/bin/ruff check tripletex_async scripts tests examples openapi/patches.py
	$(VENV)/bin/ruff format --check tripletex_async scripts tests examples openapi/patches.py

typecheck: install
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --config-file openapi/mypy-generated.ini -p tripletex_async_api

regen: install
	$(PY) -m scripts.regen $(if $(SPEC),--spec $(SPEC),--env $(ENV)) $(if $(FAIL_ON_BREAKING),--fail-on-breaking)

regen-check: install
	$(PY) -m scripts.regen --check $(if $(SPEC),--spec $(SPEC))

api-diff: install
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make api-diff OLD=<spec file> NEW=<spec file>"; exit 2; }
	$(PY) -m tripletex_async.spec diff $(OLD) $(NEW)

emulator: install
	$(PY) -m tripletex_async.emulator --port $(PORT)

bench-import: install
	$(PY) -m scripts.bench.imports

bench-pagination: install
	$(PY) -m scripts.bench.pagination

bench-parse: install
	$(PY) -m scripts.bench.parse

bench-session: install
	$(PY) -m scripts.bench.session

bench-fleet: install
	$(PY) -m scripts.bench.fleet

bench-webhooks: install
	$(PY) -m scripts.bench.webhook_intake

bench: install
	$(PY) -m scripts.bench.all

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist build
