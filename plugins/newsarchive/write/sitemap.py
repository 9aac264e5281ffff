"""`sitemap.xml`: every page of the site, for search engines.

The sitemap protocol (sitemaps.org) takes absolute addresses only, so the
file is written only when site.yaml has `url`. No `lastmod`: the archive knows
when articles were published, not when pages changed, and a build time would
make every build differ.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from .layout import INDEX_FILE, Page, absolute_url
from .xmlfile import xml_document, xml_root

SITEMAP_FILE = "sitemap.xml"
SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap_files(pages: Sequence[Page], url: str | None) -> dict[str, str]:
    """`sitemap.xml` -> its text when the site has a public `url`, else nothing."""
    return {SITEMAP_FILE: sitemap_xml(pages, url)} if url else {}


def sitemap_xml(pages: Sequence[Page], url: str) -> str:
    """Every HTML page's folder address under `url`, in address order."""
    root = xml_root("urlset", SITEMAP_NAMESPACE)
    folders = sorted(p.path.removesuffix(INDEX_FILE) for p in pages if p.path.endswith(".html"))
    for folder in folders:
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = absolute_url(folder, url)
    return xml_document(root)
