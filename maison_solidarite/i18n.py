"""Translations for the code that runs without Qt (the CLI, messages from services).

The French strings live in one place, ``resources/translations/*.ts``, which
``pyside6-lupdate`` keeps in step with the sources. The GUI loads the compiled
``.qm`` with a QTranslator; the CLI reads the same ``.ts`` here.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from importlib import resources

SOURCE_LANGUAGE = "en"
LANGUAGES = ("fr", "en")


def translation_file(language: str, suffix: str) -> str:
    return f"maison_solidarite_{language}.{suffix}"


@dataclass
class Catalog:
    language: str
    messages: dict[tuple[str, str], str] = field(default_factory=dict)

    def translate(self, context: str, text: str) -> str:
        return self.messages.get((context, text)) or text


def load_catalog(language: str) -> Catalog:
    catalog = Catalog(language)
    if language == SOURCE_LANGUAGE:
        return catalog
    source = resources.files("maison_solidarite.resources") / "translations" / translation_file(language, "ts")
    try:
        root = ET.fromstring(source.read_bytes())
    except (OSError, ET.ParseError):
        return catalog
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                catalog.messages[(name, message.findtext("source", ""))] = translation.text
    return catalog
