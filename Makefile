# Two commands matter: `make run` and `make test`. Both build .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench fuzz package package-smoke lint translations icons check-desktop wheel wheel-check clean-venv

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
	QT_QPA_PLATFORM=offscreen MINUTES_HYPOTHESIS_PROFILE=fuzz MINUTES_FUZZ_EXAMPLES=5000 $(PY) -m pytest -q -p no:cacheprovider -m slow tests

lint: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	$(VENV)/bin/ruff check minutes_app tests
	$(VENV)/bin/mypy

clean-venv:
	rm -rf $(VENV)

translations: $(STAMP)
	$(PY) packaging/build_translations.py

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

package: $(STAMP)
	sh packaging/build_bundle.sh

package-smoke: package
	sh packaging/smoke_test_bundle.sh

check-desktop:
	sh packaging/check_desktop.sh

wheel: translations
	$(PY) -m pip install --quiet 'build>=1.2'
	$(PY) -m build --outdir dist .

wheel-check: $(STAMP)
	$(PY) -m pip install --quiet 'build>=1.2'
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/packaging/test_wheel.py
