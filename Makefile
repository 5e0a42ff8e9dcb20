# Two commands matter: `make run` and `make test`. Both build .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench fuzz package lint translations check-desktop wheel clean-venv

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@sh packaging/check-system-libs.sh gui
	$(PY) -m minutes_app

test: $(STAMP)
	@sh packaging/check-system-libs.sh offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen MINUTES_FUZZ_EXAMPLES=5000 $(PY) -m pytest -q -p no:cacheprovider -m slow tests

lint: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	$(VENV)/bin/ruff check minutes_app tests
	$(VENV)/bin/mypy

clean-venv:
	rm -rf $(VENV)
