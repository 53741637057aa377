# Two commands for a fresh machine: `make run` (demo dashboard) and `make test` (the whole suite).
# Python 3.11 or newer; prefer python3.11 when it is installed beside an older python3.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8050

.PHONY: run test browsers lint-imports dictionary demo-corpus clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installed once per change of pyproject.toml; a second `make run` reuses it.
$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.stamp-run

# Builds demo.duckdb from assets/demo/corpus.jsonl when missing (or made by another extractor version), then serves.
run: $(VENV)/.stamp-run
	$(BIN)/counterclaim demo --port $(PORT)

# Debian's Chromium and ChromeDriver for the browser tests (no browser download). CI runs as root.
browsers:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

lint-imports: $(VENV)/.stamp-test
	$(BIN)/lint-imports

test: $(VENV)/.stamp-test browsers lint-imports
	$(BIN)/python -m pytest -n 2 -q

dictionary: $(VENV)/.stamp-run
	$(BIN)/counterclaim dictionary --out docs/data-dictionary.md

# Regenerate the bundled demo corpus (tests check the committed file is exactly this output).
demo-corpus: $(VENV)/.stamp-run
	$(BIN)/python -m counterclaim.corpus

clean:
	rm -rf $(VENV) demo.duckdb demo.duckdb.read test-output .pytest_cache .hypothesis .import_linter_cache
