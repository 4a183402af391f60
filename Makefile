# The front door. Quick start: `make run`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA_DIR ?= data
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` and `make worker` keep their data and a generated secret key in $(DATA_DIR).
RUN_ENV := UNDERSIGNED_DATA_DIR=$(DATA_DIR) UNDERSIGNED_SECRET_KEY_FILE=$(DATA_DIR)/secret_key

.PHONY: install install-test system-deps run serve worker test test-postgres ci lint migrations-check bench parse-diff clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-deps

# Debian packages the tests need (Chromium for the browser tests, pdftotext for PDF checks).
system-deps:
	@scripts/install-system-deps

$(DATA_DIR)/secret_key:
	@mkdir -p $(DATA_DIR)
	@$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	@chmod 600 $@

run: install $(DATA_DIR)/secret_key
	@$(RUN_ENV) $(BIN)/undersigned migrate --verbosity 0
	@$(RUN_ENV) $(BIN)/undersigned demo --if-empty
	@$(RUN_ENV) $(BIN)/undersigned createadmin
	@echo "Open http://$(HOST):$(PORT)/ (back office: http://$(HOST):$(PORT)/admin/)"
	@$(RUN_ENV) UNDERSIGNED_SITE_URL=http://$(HOST):$(PORT) $(BIN)/undersigned serve --host $(HOST) --port $(PORT) --with-worker

worker: install $(DATA_DIR)/secret_key
	$(RUN_ENV) $(BIN)/undersigned worker

test: install-test
	$(BIN)/pytest $(PYTEST_ARGS)

# The whole suite against a PostgreSQL server started on loopback (what .ci/run does after `make test`).
test-postgres: install-test
	scripts/with-postgres $(BIN)/pytest $(PYTEST_ARGS)

ci:
	.ci/run

lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

migrations-check: install
	UNDERSIGNED_DEBUG=1 $(BIN)/undersigned manage makemigrations --check --dry-run

bench: install-test
	$(BIN)/python bench/parse_bench.py
	$(BIN)/python bench/list_bench.py
	../shared/tools/score-lists

# Every sample and real document parsed on HEAD and on the working tree: the entries whose fields changed.
parse-diff: install
	$(BIN)/python scripts/parse-diff

clean:
	rm -rf $(VENV) .pytest_cache build src/*.egg-info
