# The two commands of the README's Quick start:
#   make run    install into .venv, build documents/ into build/ and serve it on 127.0.0.1:8080
#   make test   install into .venv with the test tools, then lint, type-check and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

CHROMIUM := /usr/bin/chromium

NODE_MODULES := node_modules/.package-lock.json
VIRTUOSO := /usr/bin/virtuoso-t
NGINX := /usr/sbin/nginx

.PHONY: run build test lint browser fonts servers clean

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

# Fonts for the scripts the collection holds (Chinese, Japanese, Korean), so that pages and
# screenshots show them, not empty boxes.
fonts:
	@fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		fonts-noto-cjk >/dev/null; }

# axe-core (package.json, pinned by package-lock.json) checks the pages for WCAG violations in
# Chromium: npm from Debian when missing, then `npm ci` (the exact locked versions).
$(NODE_MODULES): package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends npm >/dev/null; }
	npm ci --no-audit --no-fund --silent


# Virtuoso (a remote SPARQL engine) and nginx (the load balancer of the deployment test, and the
# server of the static export) are started by the tests themselves; only their programs are
# installed (no service is enabled).
servers:
	@test -x $(VIRTUOSO) -a -x $(NGINX) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin nginx >/dev/null; }

test: lint browser fonts servers $(NODE_MODULES)
	$(BIN)/pytest

clean:
	rm -rf build node_modules .pytest_cache .ruff_cache .mypy_cache .hypothesis
