"""Faithfulness checks: does a brief item say what its source sentence says? (issue 17)

Each check is a function `(Context) -> list[Finding]` over one brief; `CHECKS` in
`benchmarks/faithful/registry.py` lists them in report order ((a) to (e) of the issue).
`benchmarks/faithfulness.py` runs them over the briefs of every shared corpus.
"""
