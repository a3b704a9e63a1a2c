# make run   — create .venv if needed, install, start caseapp on its default vault
# make test  — create .venv if needed, install, lint, run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint format bench clean translations update-translations

# Qt translation catalogues: .ts sources in git, .qm built here.
TS := $(wildcard resources/i18n/caseapp_*.ts)
QM := $(TS:.ts=.qm)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changed (the install is editable).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing GUI strings: refresh the sources (then translate what is new).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete caseapp/gui/*.py -ts resources/i18n/caseapp_es.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly caseapp/gui/*.py -ts resources/i18n/caseapp_en.ts
	$(BIN)/python -m caseapp.gui.core_messages --update-ts resources/i18n/caseapp_core_es.ts

run: $(STAMP) translations
	$(BIN)/caseapp

lint: $(STAMP)
	$(BIN)/ruff check caseapp tests
	$(BIN)/ruff format --check caseapp tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# pytest exits 5 when it collected no tests: that is not a failure of the code.
test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

format: $(STAMP)
	$(BIN)/ruff check --fix caseapp tests
	$(BIN)/ruff format caseapp tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench_unlock.py
	$(BIN)/python tests/perf/bench_audit.py
	$(BIN)/python tests/perf/bench_records.py
	$(BIN)/python tests/perf/bench_pdf.py
	$(BIN)/python tests/perf/bench_lifecycle.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench_gui.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
