# make run   — create .venv if needed, install, start caseapp on its default vault
# make test  — create .venv if needed, install, lint, run the whole suite (long variants: make test-long)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-long lint format bench clean translations update-translations \
        package package-test package-tarball

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
# The long variants (marked slow: 400 kill -9 runs, more fuzzing) are left to
# `make test-long`, which CI (.ci/run) runs after this.
test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS); \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

test-long: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(PYTEST_ARGS); \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

format: $(STAMP)
	$(BIN)/ruff check --fix caseapp tests
	$(BIN)/ruff format caseapp tests

# The one harness (tests/perf/bench.py): every workload at 1k, 10k and 100k clients
# beside plain SQLite, one table, JSON under tests/perf/results/. The vaults are
# built once and cached in tests/perf/.cache/ (the 100k one takes ~25 minutes).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench.py

# Packaging (packaging/README.md): a one-folder PyInstaller build of this platform in
# dist/caseapp/, its test (frozen --self-test, start time, size), a Linux tarball.
PYINSTALLER := $(BIN)/pyinstaller

$(PYINSTALLER): packaging/requirements.txt | $(STAMP)
	$(BIN)/python -m pip install --quiet -r packaging/requirements.txt
	touch $@

package: $(STAMP) translations $(PYINSTALLER)
	$(PYINSTALLER) --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/pyinstaller/caseapp.spec
	@du -sh dist/caseapp

package-test: package
	QT_QPA_PLATFORM=offscreen CASEAPP_FROZEN_DIR=dist/caseapp $(BIN)/python -m pytest \
	  -m packaging -s tests/packaging/test_frozen.py $(PYTEST_ARGS)

package-tarball: package
	sh packaging/linux/make_tarball.sh

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
