"""Benchmarks for newsarchive: a synthetic archive generator and `scripts/bench`.

A development tool, not part of the plugin package: `archive` writes raw
articles in the field's scraped style together with the truth about who each
mention is, `score` compares the pipeline's actors with that truth, and `run`
times builds side by side with plain Pelican.
"""
