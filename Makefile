# The two commands of the README: `make run` (set up, render every example) and `make test`.
.PHONY: setup run test lint typecheck unit bench serve images

# pytest-xdist workers for `make test` and `make unit`. --dist loadfile keeps each test file on one
# worker, so a module-scoped fixture (an e2e service) is started once, not once per worker.
# Three on two cores: the e2e tests mostly wait (for processes to start, answer and stop), so a
# third worker fills idle cores; four ran out of Postgres' 100 connections with their services.
TEST_WORKERS ?= 3
PYTEST_PARALLEL = -n $(TEST_WORKERS) --dist loadfile

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/dsl2png render examples/*.yaml -o out/

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

typecheck: setup
	.venv/bin/mypy

test: setup
	@bash scripts/services.sh
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
	.venv/bin/pytest -q -ra $(PYTEST_PARALLEL)

unit: setup
	.venv/bin/pytest -q $(PYTEST_PARALLEL) tests/unit

bench: setup
	@bash scripts/services.sh
	.venv/bin/python -m bench.bench_renderer
	.venv/bin/python -m bench.bench_service

serve: setup
	.venv/bin/dsl2png serve

images: setup
	@bash scripts/readme_images.sh
