# The front door. Quick start: `make run`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA_DIR ?= data
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` and `make worker` keep their data and a generated secret key in $(DATA_DIR).
RUN_ENV := UNDERSIGNED_DATA_DIR=$(DATA_DIR) UNDERSIGNED_SECRET_KEY_FILE=$(DATA_DIR)/secret_key

# Every dependency, runtime and test, is pinned with its hashes in requirements.lock and requirements-test.lock (`make lock`).
RUN_LOCK := requirements.lock
TEST_LOCK := requirements-test.lock
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: install install-test system-deps run serve worker test test-fast test-postgres ci lint lock migrations-check messages bench parse-diff clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The project itself goes in without build isolation, so setuptools too comes from the lock.
$(VENV)/.installed: $(RUN_LOCK) pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) --require-hashes -r $(RUN_LOCK)
	$(PIP_INSTALL) --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: $(TEST_LOCK) $(VENV)/.installed
	$(PIP_INSTALL) --require-hashes -r $(TEST_LOCK)
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
	@echo "Open http://$(HOST):$(PORT)/ ; organizers log in at http://$(HOST):$(PORT)/login/ and land on /manage/ (back office: /admin/)"
	@$(RUN_ENV) UNDERSIGNED_SITE_URL=http://$(HOST):$(PORT) $(BIN)/undersigned serve --host $(HOST) --port $(PORT) --with-worker

worker: install $(DATA_DIR)/secret_key
	$(RUN_ENV) $(BIN)/undersigned worker

# The whole suite, browser journeys included, on every core (pytest-xdist; each worker has its own database).
test: install-test
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

# For the edit-test loop, on every core: everything but the browser journeys and the tests that run
# undersigned's own processes (serve, the worker, the command line); `make test` runs those too. Bytecode is
# kept between runs (whatever PYTHONDONTWRITEBYTECODE says): pytest then rewrites only the tests that changed.
test-fast: install-test
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest -m "not browser and not process" -n auto $(PYTEST_ARGS)

# The whole suite against a PostgreSQL server started on loopback (what .ci/run does after `make test`).
test-postgres: install-test
	scripts/with-postgres $(BIN)/pytest -n auto $(PYTEST_ARGS)

ci:
	.ci/run

lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

migrations-check: install
	UNDERSIGNED_DEBUG=1 $(BIN)/undersigned manage makemigrations --check --dry-run

# The interface's catalogues (src/undersigned/locale/<lang>/LC_MESSAGES/django.po, and the .mo compiled from
# each, both committed): new strings extracted, then compiled. scripts/untranslated lists what still needs
# a translator as JSON, scripts/fill-translations writes the answers back (README, "Translating").
MESSAGE_LANGUAGES := de fr es tr
messages: install
	cd src/undersigned && UNDERSIGNED_DEBUG=1 $(abspath $(BIN))/undersigned manage makemessages \
		$(addprefix -l ,$(MESSAGE_LANGUAGES)) --extension html,txt,py,svg --add-location file --no-obsolete
	cd src/undersigned && UNDERSIGNED_DEBUG=1 $(abspath $(BIN))/undersigned manage compilemessages

bench: install-test
	$(BIN)/python bench/parse_bench.py
	$(BIN)/python bench/list_bench.py
	$(BIN)/python bench/housekeeping_bench.py
	../shared/tools/score-lists
	$(BIN)/python bench/signon_load.py --mode signon
	$(BIN)/python bench/signon_load.py --mode confirm
	$(BIN)/python bench/pow_bench.py

# Every sample and real document parsed on HEAD and on the working tree: the entries whose fields changed.
parse-diff: install
	$(BIN)/python scripts/parse-diff

# Re-pins every dependency with its hashes from pyproject.toml, keeping today's versions where they still
# fit; `make lock UPGRADE=1` moves everything to the newest versions allowed. pip-tools lives in its own venv.
LOCK_VENV := .venv-lock
PIP_COMPILE := $(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --all-build-deps \
	--strip-extras --no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade)
lock:
	test -x $(LOCK_VENV)/bin/pip-compile || ($(PYTHON) -m venv $(LOCK_VENV) && \
		$(LOCK_VENV)/bin/python -m pip install --quiet pip-tools)
	$(PIP_COMPILE) --extra test -o $(TEST_LOCK) pyproject.toml
	$(PIP_COMPILE) --constraint $(TEST_LOCK) -o $(RUN_LOCK) pyproject.toml

clean:
	rm -rf $(VENV) $(LOCK_VENV) .pytest_cache build src/*.egg-info
