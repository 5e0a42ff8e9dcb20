# Two commands matter: `make run` and `make test`. Both build .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet
# One stamp per set of extras: `make run` installs the app alone, `make test` adds the test
# tools, `make lint` the linters. Each is redone when pyproject.toml changes.
APP := $(VENV)/.installed-app
TESTS := $(VENV)/.installed-test
DEV := $(VENV)/.installed-dev
# The compiled translations: the editable install reads resources/ in place, so they are
# built beside their .ts (the wheel's build backend compiles its own copy).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench fuzz package package-smoke lint translations qm icons help-images check-desktop wheel wheel-check clean-venv

$(PY):
	@sh packaging/make_venv.sh "$(PYTHON)" $(VENV)
	$(PIP) --upgrade pip

$(APP): pyproject.toml | $(PY)
	$(PIP) -e .
	touch $@

$(TESTS): pyproject.toml | $(PY)
	$(PIP) -e '.[test]'
	touch $@ $(APP)

$(DEV): pyproject.toml | $(PY)
	$(PIP) -e '.[test,dev]'
	touch $@ $(TESTS) $(APP)

$(QM): %.qm: %.ts | $(APP)
	$(PY) packaging/build_translations.py $<

qm: $(QM)

run: $(APP) $(QM)
	@sh packaging/check-system-libs.sh gui
	$(PY) -m minutes_app

test: $(TESTS) $(QM)
	@sh packaging/check-system-libs.sh offscreen
	@sh packaging/check-postgresql.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(TESTS) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

fuzz: $(TESTS) $(QM)
	QT_QPA_PLATFORM=offscreen MINUTES_HYPOTHESIS_PROFILE=fuzz MINUTES_FUZZ_EXAMPLES=5000 $(PY) -m pytest -q -p no:cacheprovider -m slow tests

# The import contracts (pyproject.toml [tool.importlinter]), ruff check, ruff format (an
# unformatted file fails) and mypy --strict over the whole package must pass.
lint: $(DEV)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check minutes_app tests packaging benchmarks
	$(VENV)/bin/ruff format --check minutes_app tests packaging benchmarks
	$(VENV)/bin/mypy

clean-venv:
	rm -rf $(VENV)

# Refresh the app's .ts from the code (lupdate, keeping every translation), report what is
# not translated yet, and compile all .qm. Commit the .ts; the .qm are build output.
translations: $(APP)
	$(PY) packaging/build_translations.py --update

icons: $(APP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# Retake the guide's screenshots (resources/help/images/) from the real window, in Vietnamese,
# on the seed meeting in a temporary database: run it after a change to the window.
help-images: $(APP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_help_images.py

package: $(APP) $(QM)
	sh packaging/build_bundle.sh

package-smoke: package
	sh packaging/smoke_test_bundle.sh

check-desktop:
	sh packaging/check_desktop.sh

# The wheel compiles its own .qm (packaging/backend/minutes_app_build.py): no make step needed.
wheel: $(APP)
	$(PIP) 'build>=1.2'
	$(PY) -m build --outdir dist .

wheel-check: $(TESTS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/packaging/test_wheel.py
