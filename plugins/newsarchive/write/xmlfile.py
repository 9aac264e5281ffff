"""XML files the site publishes (feeds, sitemap), serialised the same way."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

# Characters XML 1.0 cannot hold at all, not even escaped: C0 controls other
# than tab and line breaks, and the non-characters U+FFFE and U+FFFF.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_root(tag: str, namespace: str, attributes: dict[str, str] | None = None) -> ET.Element:
    """A document's root element in `namespace`; children then use plain tag names."""
    return ET.Element(tag, {"xmlns": namespace, **(attributes or {})})


def xml_text(text: str) -> str:
    """Text as XML can carry it: the characters it cannot hold are dropped."""
    return XML_INVALID.sub("", text)


def xml_document(root: ET.Element) -> str:
    """`root` as an indented UTF-8 document."""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'
