# The two commands of the README's Quick start:
#   make run    install into .venv, build documents/ into build/ (and serve it, once served)
#   make test   install into .venv with the test tools, then lint and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run build test lint clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: build

build: $(INSTALLED)
	$(BIN)/linkeddata build documents --out build

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/pytest

clean:
	rm -rf build .pytest_cache .ruff_cache .hypothesis
