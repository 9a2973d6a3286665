"""Fill unfinished messages of a Qt Linguist .ts file from a JSON {source: translation} map.

Used after ``make translations`` (lupdate) adds new source strings: write the Arabic for the new
strings in a JSON file, run ``python tools/ts_apply.py translations/core_ar.ts new.json``, then
``make translations`` again to compile. Existing finished translations are never overwritten.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def apply(ts_path: str, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if tr.get("type") not in ("unfinished", None) or (tr.text and tr.get("type") is None):
            continue
        if source in mapping:
            tr.text = mapping[source]
            tr.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as fh:
        left = apply(sys.argv[1], json.load(fh))
    for source in left:
        print("untranslated:", source)
    sys.exit(1 if left else 0)
