# Two commands for a fresh machine:
#   make run   — set up .venv and start the app on its embedded SQLite database
#   make test  — set up .venv (+ system packages when root) and run every test
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps translations lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: setup system-deps
	$(BIN)/desk-app gui

system-deps:
	bash .ci/system-deps

test: setup system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Extract tr() strings into the Arabic .ts, then compile it. New strings come out "unfinished":
# translate them (Qt Linguist, or tools/ts_apply.py with a JSON map) and run this again.
translations: setup
	$(BIN)/pyside6-lupdate $$(find desk_app/ui -name '*.py' | sort) -ts translations/desk_app_ar.ts -no-obsolete
	$(BIN)/pyside6-lrelease translations/desk_app_ar.ts -qm translations/desk_app_ar.qm

lint: setup
	$(BIN)/ruff check desk_app tests bench

bench: setup
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build *.egg-info
