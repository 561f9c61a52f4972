# pagewire: everything runs from a fresh clone; the first target builds .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: venv demo test unit lint eval compiled-check bench bench-compiled bench-quick schemas broker-start broker-stop clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

demo: $(STAMP)
	$(VENV)/bin/pagewire demo

# Starts the local broker unless one runs, runs every test (unit + integration),
# stops the broker again only if this run started it (also on failure), and
# exits with pytest's code; "no tests collected" (5) counts as a failure.
test: $(STAMP)
	@if scripts/broker.sh status >/dev/null 2>&1; then started=0; \
	else scripts/broker.sh start || exit 1; started=1; fi; \
	trap 'if [ $$started = 1 ]; then scripts/broker.sh stop; fi' EXIT INT TERM; \
	$(PY) -m pytest tests/; rc=$$?; \
	if [ $$rc = 5 ]; then echo "make test: pytest collected no tests" >&2; rc=1; fi; \
	exit $$rc

unit: $(STAMP)
	$(PY) -m pytest tests/ -m "not integration"

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Quality bars on the page corpus and on the dev splits of the gold corpora
# (../shared/eval); each command exits non-zero below its bars. tests/tuning (read pages
# still below the bars, see its README) is printed, not gated.
eval: $(STAMP)
	$(VENV)/bin/pagewire eval pages tests/pages --check
	$(VENV)/bin/pagewire eval pages tests/tuning --max-failures 1
	$(VENV)/bin/pagewire eval reuters --split dev --check
	$(VENV)/bin/pagewire eval conll --split dev --check

# The opt-in mypyc build (PAGEWIRE_COMPILE=1, see setup.py) into a temporary venv:
# its listed modules must be compiled, and `pagewire process` / `pagewire tag` must
# give byte-identical output to .venv on the page corpus and the dev splits.
compiled-check: $(STAMP)
	$(PY) scripts/compiled_check.py

# Stage speed, end-to-end throughput and latency through the local broker,
# against a bare passthrough in the same run (starts the broker if needed).
bench: $(STAMP)
	$(VENV)/bin/pagewire bench

# The same bench on the mypyc-compiled stages (the Dockerfile's build), built first (~1 min).
bench-compiled: $(STAMP)
	$(PY) scripts/compiled_bench.py

bench-quick: $(STAMP)
	$(VENV)/bin/pagewire bench --quick

schemas: $(STAMP)
	$(PY) -m schemas.export

broker-start: $(STAMP)
	scripts/broker.sh start

broker-stop: $(STAMP)
	scripts/broker.sh stop

clean:
	-scripts/broker.sh stop
	rm -rf .cache .pytest_cache .mypy_cache .ruff_cache
