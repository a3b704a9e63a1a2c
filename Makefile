# make run   — create .venv if needed, install, start caseapp on its default vault
# make test  — create .venv if needed, install, lint, run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changed (the install is editable).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/caseapp

lint: $(STAMP)
	$(BIN)/ruff check caseapp tests
	$(BIN)/ruff format --check caseapp tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# pytest exits 5 when it collected no tests: that is not a failure of the code.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

format: $(STAMP)
	$(BIN)/ruff check --fix caseapp tests
	$(BIN)/ruff format caseapp tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench_unlock.py
	$(BIN)/python tests/perf/bench_audit.py
	$(BIN)/python tests/perf/bench_records.py

clean:
	rm -rf $(VENV) build dist *.egg-info
