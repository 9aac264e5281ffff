"""XML files the site publishes (feeds, sitemap), serialised the same way."""

from __future__ import annotations

import xml.etree.ElementTree as ET


def xml_root(tag: str, namespace: str, attributes: dict[str, str] | None = None) -> ET.Element:
    """A document's root element in `namespace`; children then use plain tag names."""
    return ET.Element(tag, {"xmlns": namespace, **(attributes or {})})


def xml_document(root: ET.Element) -> str:
    """`root` as an indented UTF-8 document."""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'
