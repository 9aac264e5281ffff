"""Stage 7, write: what pages and data files the site has, as plain data.

Pelican renders the pages (see `plugin.py`); nothing here imports it.
"""
