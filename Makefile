# Two commands for a fresh machine:
#   make run   — set up .venv and start the app on its embedded SQLite database
#   make test  — set up .venv (+ system packages when root) and run every test
# Python >= 3.12 (3.11 + PySide6 6.12 aborts after a few thousand Qt calls): tools/find-python
# looks for python3.13, python3.12, pyenv's versions; `make PY=/path/to/python3.12` overrides.
PY ?= $(shell bash tools/find-python)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-future setup venv-python system-deps translations lint bench clean bundle

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PY)" || { bash tools/find-python; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[test,bundle]'
	touch $(STAMP)

# An existing venv of an older Python is rebuilt even when its stamp is newer than pyproject.
setup: venv-python $(STAMP)

venv-python:
	@if [ -x $(BIN)/python ] && ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
		echo "removing $(VENV): built with $$($(BIN)/python --version)"; rm -rf $(VENV); fi

run: setup system-deps
	$(BIN)/desk-app gui

system-deps:
	bash .ci/system-deps

# The suite runs on every core (pytest-xdist, a file's tests on one worker: its module fixtures
# are built once); each worker starts its own private PostgreSQL server. TEST_WORKERS=0 runs it
# in this one process.
TEST_WORKERS ?= auto
XDIST = $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadfile)
test: setup system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(XDIST)

# The suite again with the wall clock moved (time-machine, in the test process), so that no test
# can depend on the day it was written: FAKE_DATE=2028-02-29 make test-future. Default: about
# 15 months ahead.
FAKE_DATE ?= $(shell date -d '+15 months' +%F)
test-future: setup system-deps
	QT_QPA_PLATFORM=offscreen DESK_TEST_TODAY=$(FAKE_DATE) $(BIN)/python -m pytest -q $(XDIST) $(PYTEST_ARGS)

# Extract tr() strings into the Arabic .ts, then compile it. New strings come out "unfinished":
# translate them (Qt Linguist, or tools/ts_apply.py with a JSON map) and run this again.
translations: setup
	$(BIN)/pyside6-lupdate $$(find desk_app/ui -name '*.py' | sort) -ts translations/desk_app_ar.ts -no-obsolete
	$(BIN)/pyside6-lrelease translations/desk_app_ar.ts -qm translations/desk_app_ar.qm

# A self-contained application folder (PyInstaller: Python, Qt Essentials + Pdf, fonts,
# translations, presets, migrations) in dist/desk-app, and on Linux dist/beneficiary-desk_*.deb.
bundle: setup
	$(BIN)/python packaging/build.py --dist dist

lint: setup
	$(BIN)/ruff check desk_app tests bench

bench: setup
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build dist *.egg-info
