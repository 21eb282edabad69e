"""Benchmarks (`make bench-*`): side-by-side figures, last line machine-readable."""
