# `make help` lists the targets. The venv is built once (stamp file) and reused.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export TRANSFORMERS_VERBOSITY := error
export MLFLOW_DISABLE_TELEMETRY := true

.PHONY: help venv train train-tagger test test-slow check format score clean mlflow-ui

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP) ## create .venv and install the package (idempotent)

train: $(STAMP) ## train the default model, evaluate it, print the seed article's table
	$(BIN)/python -m stance.train $(ARGS)

train-tagger: $(STAMP) ## train the attribution source taggers on PolNeAR, one per seed (models/source_tagger/seed*)
	$(BIN)/python -m stance.train_tagger $(ARGS)

test: $(STAMP) ## fast test suite
	$(BIN)/python -m pytest -m "not slow" -q

test-slow: $(STAMP) ## slow tests: full training run and the seed table
	$(BIN)/python -m pytest -m slow -q

check: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## apply ruff fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

score: $(STAMP) ## score the seed article with the trained model
	$(BIN)/python scripts/score_article.py seeds/000_00195a572b0578c3.txt

clean: ## remove logs and trained models (keeps .venv)
	rm -rf logs models outputs

mlflow-ui: $(STAMP) ## serve the MLflow UI of mlruns.db on 127.0.0.1:5000 (one worker)
	$(BIN)/mlflow ui --backend-store-uri sqlite:///$(CURDIR)/mlruns.db --host 127.0.0.1 --port 5000 --workers 1
