PYTHON ?= python3
PIP ?= $(PYTHON) -m pip

.PHONY: install demo test bench

install:
	$(PIP) install -q -e ".[test]"

demo: install
	strikewatch demo --out demo-out

test: install
	$(PYTHON) -m pytest

bench: install
	$(PYTHON) bench/bench_pipeline.py
