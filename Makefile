# Two commands matter: `make run` and `make test`. Both create .venv and install on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
DEMO_DB ?= demo.sqlite

.PHONY: run test test-postgres kill-test lint translations update-translations demo installer bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Qt's own Chinese (file dialogs' "Look in", "Files of type"), shipped with the program's resources so the
# installed bundle finds it wherever PySide6 keeps its translations.
resources/i18n/qtbase_zh_CN.qm: $(STAMP)
	cp "$$($(BIN)/python -c 'from PySide6.QtCore import QLibraryInfo as Q; print(Q.path(Q.LibraryPath.TranslationsPath))')/qtbase_zh_CN.qm" $@

translations: $(QM) resources/i18n/qtbase_zh_CN.qm

# Collect the translatable strings from the code into the .ts files (then translate the new ones).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'boutique_vip/*.py') -ts $(TS)

$(DEMO_DB): | $(STAMP)
	$(BIN)/boutique-vip --db $(DEMO_DB) demo --customers 500

demo: $(DEMO_DB)

run: $(STAMP) translations $(DEMO_DB)
	$(BIN)/boutique-vip --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check boutique_vip tests benchmarks
	$(BIN)/ruff format --check boutique_vip tests benchmarks
	$(BIN)/mypy boutique_vip
	$(BIN)/lint-imports

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The whole suite on a throwaway PostgreSQL cluster (installed from Debian when missing).
test-postgres: $(STAMP) translations
	tools/test-postgres.sh -q -p no:randomly

# The crash test at length: 2,000 kills instead of the 200 that `make test` runs.
kill-test: $(STAMP)
	KILL_RUNS=2000 $(BIN)/python -m pytest -q --timeout=0 tests/safety/test_kill.py

# The shop PC's program: one folder in dist/boutique-vip (build on Windows for Windows), checked after building.
installer: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[installer]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN installer.spec
	dist/boutique-vip/boutique-vip-cli --version
	BOUTIQUE_VIP_HOME=$$(mktemp -d) dist/boutique-vip/boutique-vip-cli self-check
	@echo "bundle size: $$(du -sh dist/boutique-vip | cut -f1)"

# Every performance figure on the 50,000-customer scale shop (built once, cached in /tmp/boutique-bench).
bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache build dist
