# Set-up and checks. `make setup` builds .venv (torch 2.13.0 CPU first), installs, and indexes the corpus.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup install index test lint bench eval clean

setup: install index

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]' --config-settings editable_mode=compat
	$(BIN)/python -m compileall -q assistant
	touch $(STAMP)

index: $(STAMP)
	$(BIN)/assistant index

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/ask_latency.py

eval: $(STAMP)
	$(BIN)/assistant eval --compare

clean:
	rm -rf $(VENV) index
