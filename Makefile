# Two commands for a fresh machine: `make run` (demo dashboard) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8050

.PHONY: run test browsers lint-imports dictionary clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installed once per change of pyproject.toml; a second `make run` reuses it.
$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

run: $(VENV)/.stamp-run
	$(BIN)/counterclaim demo --port $(PORT)

# Debian's Chromium and ChromeDriver for the browser tests (no browser download).
browsers:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

test: $(VENV)/.stamp-test browsers
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n 2 -q

dictionary: $(VENV)/.stamp-run
	$(BIN)/counterclaim dictionary --out docs/data-dictionary.md

clean:
	rm -rf $(VENV) demo.duckdb demo.duckdb.read test-output .pytest_cache .hypothesis
