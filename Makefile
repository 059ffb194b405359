# The two commands of the README's Quick start:
#   make run    install into .venv, build documents/ into build/ and serve it on 127.0.0.1:8080
#   make test   install into .venv with the test tools, then lint, type-check and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

CHROMIUM := /usr/bin/chromium
NGINX := /usr/sbin/nginx

.PHONY: run build test lint browser nginx clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(INSTALLED)
	$(BIN)/linkeddata serve documents --out build

build: $(INSTALLED)
	$(BIN)/linkeddata build documents --out build

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Browser tests drive Debian's Chromium through Playwright (no browser download).
browser:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# The static export's tests run Debian's nginx (started by the tests, never as a service).
nginx:
	@test -x $(NGINX) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends nginx >/dev/null; }

test: lint browser nginx
	$(BIN)/pytest

clean:
	rm -rf build .pytest_cache .ruff_cache .mypy_cache .hypothesis
