"""Benchmarks at scale (issue 7): ``python -m bench.run`` — see bench/RESULTS.md."""
