# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
RUN_STAMP := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run dev test test-fast lint law-check translations messages browser mutation clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

translations: $(RUN_STAMP)
	$(BIN)/biliktilik compiletranslations

law-check: $(RUN_STAMP)
	$(BIN)/biliktilik law check

run: $(RUN_STAMP) translations law-check
	$(BIN)/biliktilik migrate --noinput
	$(BIN)/biliktilik demo --small
	@echo ""
	@echo "  Biliktilik is starting: open http://127.0.0.1:$(PORT)/ when gunicorn says it is listening"
	@echo "  (the very first start collects and compresses the static files first, about 30 s)"
	@echo "  API docs: http://127.0.0.1:$(PORT)/api/v1/docs"
	@echo "  Demo sign-in at http://127.0.0.1:$(PORT)/accounts/login/ (password demo-biliktilik):"
	@echo "    hr (HR officer of an oblast labour mobility centre), commission (its attestation commission),"
	@echo "    employee (an attestee of its campaign in progress), methodologist, auditor, demo (administrator);"
	@echo "    the state-service cases' staff of the same centre: intake, executor, secretary, management, head"
	@echo "  (the web server and a job worker; Ctrl+C stops both)"
	@echo ""
	PORT=$(PORT) $(BIN)/biliktilik serve

# Development: Django's runserver with reload and debug pages, jobs run where they are queued.
dev: $(RUN_STAMP) translations law-check
	$(BIN)/biliktilik migrate --noinput
	$(BIN)/biliktilik demo --small
	BILIKTILIK_DEBUG=1 BILIKTILIK_TASKS=immediate $(BIN)/biliktilik runserver 127.0.0.1:$(PORT)

# After adding interface text: refresh the catalogues, fill them from scripts/translate.py.
messages: $(RUN_STAMP)
	$(BIN)/biliktilik makemessages -l kk -l ru -l en --no-location --no-wrap \
		--ignore=.venv --ignore=var --ignore=tests --ignore=bench --ignore=scripts --ignore=mutants
	$(BIN)/python scripts/translate.py
	$(BIN)/biliktilik compiletranslations

browser:
	@sh scripts/ensure-chromium.sh

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench scripts

test: $(TEST_STAMP) translations browser lint law-check
	$(BIN)/pytest

# Mutation testing (docs/testing.md), not part of `make test`: mutmut 3 (the `mutation` extra) mutates
# what [tool.mutmut] in pyproject.toml names and reruns the tests that reach each mutant, then
# scripts/mutation_report.py prints the score per module. MUTANTS narrows a run, e.g.
# make mutation MUTANTS='biliktilik.staff.iin*'; DATABASE_URL=postgres://... makes the registry's
# tests faster than SQLite's in-memory database migrated again for each mutant (figures and times
# in bench/README.md). Results stay in mutants/; a second run checks only what is not checked yet.
MUTMUT ?= $(BIN)/mutmut
MUTANTS ?=
mutation:
	@test -x $(MUTMUT) || $(BIN)/python -m pip install --quiet -e '.[test,mutation]'
	$(MUTMUT) run --max-children $${MUTATION_CHILDREN:-2} $(MUTANTS)
	$(MUTMUT) results
	$(BIN)/python scripts/mutation_report.py

clean:
	rm -rf $(VENV) var .pytest_cache mutants
