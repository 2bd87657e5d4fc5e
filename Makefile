# Two commands for a newcomer (see README):
#   make run    set everything up, then open the app (demonstration data on first run)
#   make test   set everything up, then run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast translations clean system-test system-run

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-test:
	@sh packaging/install-system-deps.sh test

system-run:
	@sh packaging/install-system-deps.sh run

run: $(STAMP) system-run
	$(BIN)/maison-solidarite demo --if-empty
	$(BIN)/maison-solidarite

test: $(STAMP) system-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Domain, services and CLI only: seconds, no window.
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not gui and not slow"

# Extract the strings to translate, then compile the French catalogue.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find maison_solidarite -name '*.py' | sort) \
		-ts resources/translations/maison_solidarite_fr.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/maison_solidarite_fr.ts \
		-qm resources/translations/maison_solidarite_fr.qm

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
