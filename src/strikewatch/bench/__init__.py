"""Benchmark helpers shipped with the package (synthetic corpus generator)."""
