# Two commands for a newcomer (see README):
#   make run    set everything up, then open the app (demonstration data on first run)
#   make test   set everything up, then run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# Two workers; the PostgreSQL and printer tests run first, apart (tests/conftest.py).
PARALLEL ?= -n 2
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast lint translations clean system-test system-run bench bundle

$(STAMP): pyproject.toml
	@PYTHON=$(PYTHON) sh packaging/install-system-deps.sh test
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-test:
	@PYTHON=$(PYTHON) sh packaging/install-system-deps.sh test
	@sh packaging/test-libreoffice.sh

system-run:
	@PYTHON=$(PYTHON) sh packaging/install-system-deps.sh run

# The app's own bytecode is compiled here: an editable install leaves it to each start,
# which cannot keep it where PYTHONDONTWRITEBYTECODE is set (0.1 s of every start).
run: $(STAMP) system-run
	$(BIN)/python -m compileall -q maison_solidarite
	$(BIN)/maison-solidarite demo --if-empty
	$(BIN)/maison-solidarite

# PostgreSQL and printing tests run against a private server and a CUPS test printer
# when they can be had (see the scripts); otherwise they are skipped and say why. Both are
# stopped at the end whatever the outcome, so the print dialog offers no "maison-test".
# The gates first (seconds), then the suite on two workers with the coverage of the code.
test: $(STAMP) system-test lint
	pg_url=$$(sh packaging/test-postgres.sh start); \
	printer=$$(sh packaging/test-cups.sh start); \
	export MAISON_SOLIDARITE_TEST_PG_URL=$$pg_url MAISON_SOLIDARITE_TEST_PRINTER="$$printer" QT_QPA_PLATFORM=offscreen; \
	$(BIN)/python -m pytest -m serial --cov=maison_solidarite --cov-report= && \
	$(BIN)/python -m pytest $(PARALLEL) -m "not serial" --cov=maison_solidarite --cov-append --cov-report=term:skip-covered; \
	status=$$?; sh packaging/test-postgres.sh stop; sh packaging/test-cups.sh stop; \
	[ $$status -ne 0 ] || $(BIN)/python -m coverage report --omit='*/ui/*,*/migrations/*' | tail -1 | sed 's/^TOTAL/Lines covered outside ui\/:/'; \
	exit $$status

# ruff (lint and format), mypy in strict mode and the import contracts of pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check maison_solidarite tests benchmarks packaging
	$(BIN)/ruff format --check maison_solidarite tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

# Domain, services and CLI only, no window: about two minutes on two cores.
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PARALLEL) -m "not gui and not slow and not serial"

# Extract the strings to translate, then compile the French catalogue.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find maison_solidarite -name '*.py' | sort) \
		-ts resources/translations/maison_solidarite_fr.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/maison_solidarite_fr.ts \
		-qm resources/translations/maison_solidarite_fr.qm

# The Linux one-folder build (PyInstaller), checked by its own --self-test.
bundle: $(STAMP)
	sh packaging/build-linux.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis

# Benchmarks: each figure beside its baseline, measured in turn, at 60k, 1M and 5M visits, and
# the issue's goals in benchmarks/results.json (see benchmarks/run.py). Not a test: exits 0.
# The first run makes the datasets (8 to 13 min on two busy cores); then 3 to 7 min.
bench: $(STAMP) system-test
	$(BIN)/python -m compileall -q maison_solidarite
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run
