# Run `make help` to see what each target does.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
UV_VERSION := 0.13.9
# Extra pytest arguments, e.g. `make test PYTEST_ARGS="--reuse-db -k healthz"`.
PYTEST_ARGS ?=
# pytest processes for `make test` (pytest-xdist; each has its own test database and Redis
# databases, at most 4). Three keep both cores busy while others wait on PostgreSQL, Chromium
# or a worker; `make test TEST_PROCESSES=0` runs one process (README, "Test time").
TEST_PROCESSES ?= 3
# Extra bench arguments, e.g. `make bench BENCH_ARGS="--only throughput --seconds 10"`.
BENCH_ARGS ?=
DEMO_ENV := DJANGO_SETTINGS_MODULE=portal.settings.dev
TEST_ENV := DJANGO_SETTINGS_MODULE=portal.settings.test

.PHONY: help
help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[1m%-12s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	@# uv installs the same pinned lock in a few seconds where pip takes most of a minute: on a
	@# clean clone that was a seventh of `make test`. Its best-match strategy is pip's own: a pin
	@# may be found on any of the lock's indexes, not only the first that has the package.
	$(PIP) install --quiet uv==$(UV_VERSION)
	$(VENV)/bin/uv pip install --python $(PY) --quiet --index-strategy unsafe-best-match -r requirements.lock
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --prefer-offline
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create the virtualenv and install the pinned Python packages

.PHONY: demo
# Where the demo listens: `make demo HOST=0.0.0.0 PORT=8080`. Links in texts and emails follow.
HOST ?= 127.0.0.1
PORT ?= 8000
demo: install ## Serve the demo site (HOST=127.0.0.1 PORT=8000; SQLite, no broker, phone simulator)
	@mkdir -p var
	@$(DEMO_ENV) DEMO_HOST=$(HOST) DEMO_PORT=$(PORT) $(PY) manage.py migrate --noinput -v0
	@$(DEMO_ENV) DEMO_HOST=$(HOST) DEMO_PORT=$(PORT) $(PY) manage.py load_demo
	@$(DEMO_ENV) DEMO_HOST=$(HOST) DEMO_PORT=$(PORT) $(PY) manage.py demo_serve $(HOST):$(PORT)

.PHONY: test-deps
test-deps: ## Install what the tests need (Python, npm, Chromium)
	@# pip and npm mostly wait on downloads: side by side, a clean clone is ready sooner.
	@$(MAKE) --no-print-directory -j2 $(VENV)/.installed node_modules/.installed
	@bash .ci/ensure-chromium

.PHONY: services
services: ## Make sure PostgreSQL and Redis answer (start them if installed and stopped)
	@bash .ci/ensure-services

.PHONY: lint
lint: install ## ruff (lint and format check) and djlint on templates
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint --quiet

.PHONY: check
check: install ## Django system checks and a missing-migrations check
	$(TEST_ENV) $(PY) manage.py check --fail-level WARNING
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run

.PHONY: test
test: test-deps services ## Install, lint, check, then run the whole suite on PostgreSQL and Redis
	@$(MAKE) --no-print-directory -j2 --output-sync=target lint check
	@# --create-db: the processes' template database is migrated afresh (tests/support/xdist_db.py)
	@# unless PYTEST_ARGS asks to reuse what is there.
	$(TEST_ENV) $(VENV)/bin/pytest -n $(TEST_PROCESSES) --dist loadfile --no-loadscope-reorder \
		$(if $(findstring --reuse-db,$(PYTEST_ARGS)),,--create-db) $(PYTEST_ARGS)

.PHONY: faults
faults: test-deps services ## The fault suite at full size: 50 reports per fault (README)
	$(TEST_ENV) FAULTS_REPORTS=50 FAULTS_RECOVERY_SECONDS=240 $(VENV)/bin/pytest -m faults -p no:randomly $(PYTEST_ARGS) tests/faults

.PHONY: format
format: install ## Reformat Python code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

.PHONY: lock
lock: ## Re-pin requirements.lock from pyproject.toml (after changing dependencies)
	$(PYTHON) -m venv /tmp/portal-lock-venv
	/tmp/portal-lock-venv/bin/pip install --quiet --upgrade pip pip-tools
	/tmp/portal-lock-venv/bin/pip-compile --quiet --strip-extras --extra test \
	  --output-file requirements.lock pyproject.toml

.PHONY: triage-model
triage-model: install ## Retrain the emergency check's learned model from the labelled corpus (scikit-learn)
	$(PIP) install --quiet "scikit-learn>=1.5"
	$(PY) -m reporting.triage.train

.PHONY: messages
messages: install ## Extract UI strings to portal/locale and compile them (.mo files are committed)
	$(DEMO_ENV) $(PY) manage.py makemessages -l es --ignore=.venv --ignore=node_modules --ignore=var --ignore=tests
	msgattrib --no-obsolete -o portal/locale/es/LC_MESSAGES/django.po portal/locale/es/LC_MESSAGES/django.po
	$(DEMO_ENV) $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

.PHONY: bench
bench: install services ## Start the production stack on free ports, load it, print figures against their bounds
	@bash .ci/ensure-wrk
	$(PY) .ci/bench.py $(BENCH_ARGS)

.PHONY: worker
worker: install ## Run a Celery worker (default and sms queues) and beat (production-like; needs Redis)
	$(VENV)/bin/celery -A portal worker --beat --queues celery,sms --loglevel INFO

.PHONY: clean
clean: ## Remove the virtualenv, node_modules and the demo database
	rm -rf $(VENV) node_modules var
