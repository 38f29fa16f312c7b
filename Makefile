# The two Quick-start commands: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test setup ingest eval app bench clean lint fmt

run: setup ingest app

test:
	bash scripts/test.sh

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	bash scripts/setup.sh
	touch $@

ingest: setup
	$(BIN)/pactrag ingest

app: setup
	$(BIN)/python app.py

eval: setup ingest
	$(BIN)/pactrag eval

bench: setup ingest
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_ask.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) index/gen-* index/CURRENT index/cache
