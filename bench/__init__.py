"""Benchmarks. `bench.settings` adds the bench-only views (hello, one INSERT) to the real site."""
