"""newsarchive: raw scraped news articles into a static, annotated archive site.

The package reads as the data flow: `read` -> `clean` -> `describe` -> ...
-> `write`; `pipeline` runs the stages, `plugin` is the Pelican glue, `cli`
the command line.
"""

__version__ = "0.1.0"


def register() -> None:
    """Pelican's plugin entry point (PLUGINS = ["newsarchive"])."""
    from .plugin import register as register_with_pelican

    register_with_pelican()
