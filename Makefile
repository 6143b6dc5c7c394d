# Two commands do all the set-up on a fresh machine: `make brief` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: brief test check bench lock clean

# The venv is rebuilt only when the pinned dependencies or the project metadata change.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefgen make inputs/

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Lint, types and tests: what a change must pass before review.
check: $(STAMP)
	$(BIN)/ruff check briefgen benchmarks tests
	$(BIN)/mypy briefgen benchmarks
	$(BIN)/python -m pytest -q

# Quality and speed figures quoted in the README.
bench: $(STAMP)
	for script in benchmarks/*.py; do case $$script in */__init__.py) ;; *) $(BIN)/python $$script ;; esac; done

# Re-pin after a dependency change in pyproject.toml.
lock: $(STAMP)
	{ grep '^#' requirements.lock; $(BIN)/python -m pip freeze --exclude-editable | sort -f; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info
