# Two commands do all the set-up on a fresh machine: `make brief` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: brief test check bench lock clean browser

# The venv is rebuilt only when the pinned dependencies or the project metadata change.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefgen make inputs/

# The review page's browser tests drive Debian's chromium with chromium-driver: installed here
# when missing and apt-get is usable (root); when that fails, those tests skip saying why.
browser:
	@if ! command -v chromedriver >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      chromium chromium-driver >/dev/null; } \
	    || echo "make: chromium and chromium-driver could not be installed: browser tests skip"; \
	  else \
	    echo "make: no chromium/chromedriver, and apt-get needs root: browser tests skip"; \
	  fi; \
	fi

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Lint, types and tests: what a change must pass before review.
check: $(STAMP) browser
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
