"""The command line's parser, in the reader's language, argparse's own words included.

argparse words its usage line, its headings and its errors through two functions of its
module, ``_`` and ``ngettext`` (gettext, which knows nothing of our catalogue). ``Parser``
puts the project's translation (``translate("Cli", …)``) in their place for as long as it
builds, formats or parses, and puts gettext back afterwards: nothing is left changed in
the process, and a parser in another language is not affected. The sub-parsers that
``add_parser`` makes are of the same class with the same translation, so a new command
module gets French usage, headings and errors with nothing to do. The words argparse says
are listed below so that ``pyside6-lupdate`` puts them in the catalogue.

An error is one line on standard error (without the usage block), exit code 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, NoReturn

from ..domain.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
EXIT_USAGE = 2

# argparse's messages (Python 3.11 to 3.13) that a user of this command line can meet.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Cli", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

# The names of the values in the usage and the help: set with metavar=, or argparse's own
# (the option's name in capitals, a positional argument's name as it is).
VALUE_NAMES = (
    QT_TRANSLATE_NOOP("Cli", "COMMAND"),
    QT_TRANSLATE_NOOP("Cli", "ACTION"),
    QT_TRANSLATE_NOOP("Cli", "PATH_OR_URL"),
    QT_TRANSLATE_NOOP("Cli", "CATEGORY"),
    QT_TRANSLATE_NOOP("Cli", "AT"),
    QT_TRANSLATE_NOOP("Cli", "CHANNEL"),
    QT_TRANSLATE_NOOP("Cli", "ORG"),
    QT_TRANSLATE_NOOP("Cli", "NOTE"),
    QT_TRANSLATE_NOOP("Cli", "OUTPUT"),
    QT_TRANSLATE_NOOP("Cli", "ENTITY"),
    QT_TRANSLATE_NOOP("Cli", "ACTOR"),
    QT_TRANSLATE_NOOP("Cli", "NAME"),
    QT_TRANSLATE_NOOP("Cli", "YEARS"),
    QT_TRANSLATE_NOOP("Cli", "PER_YEAR"),
    QT_TRANSLATE_NOOP("Cli", "SEED"),
    QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Cli", "YYYY-MM"),
    QT_TRANSLATE_NOOP("Cli", "YYYY-Www"),
    QT_TRANSLATE_NOOP("Cli", "YYYY"),
    QT_TRANSLATE_NOOP("Cli", "file"),
    QT_TRANSLATE_NOOP("Cli", "login"),
    QT_TRANSLATE_NOOP("Cli", "TEXT"),
    QT_TRANSLATE_NOOP("Cli", "TITLE"),
    QT_TRANSLATE_NOOP("Cli", "ACRONYM"),
    QT_TRANSLATE_NOOP("Cli", "ACRONYM,..."),
    QT_TRANSLATE_NOOP("Cli", "INTERVAL"),
    QT_TRANSLATE_NOOP("Cli", "CODE=N"),
    QT_TRANSLATE_NOOP("Cli", "CODE"),
)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks through ``translate``, as do the sub-parsers it makes."""

    def __init__(self, *args: Any, translate: Translate, **kwargs: Any) -> None:
        self.translate = translate
        kwargs.setdefault("formatter_class", partial(Formatter, translate=translate))
        with self._speaking():
            super().__init__(*args, **kwargs)

    @contextmanager
    def _speaking(self) -> Iterator[None]:
        module = vars(argparse)
        ours: dict[str, Callable[..., str]] = {
            "_": partial(self.translate, "Cli"),
            "ngettext": lambda one, many, n: self.translate("Cli", one if n == 1 else many),
        }
        saved = {name: module[name] for name in ours if name in module}  # a later argparse may not have them
        module.update({name: ours[name] for name in saved})
        try:
            yield
        finally:
            module.update(saved)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", partial(type(self), translate=self.translate))
        if isinstance(kwargs.get("metavar"), str):
            kwargs["metavar"] = self.translate("Cli", kwargs["metavar"])
        with self._speaking():
            return super().add_subparsers(**kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """Numbers are read with a French message for a bad one; a value without a metavar
        gets its name translated (the name argparse would show is the source string)."""
        if kwargs.get("type") in (int, float):
            kwargs["type"] = partial(_number, kwargs["type"], self.translate)
        action = super().add_argument(*args, **kwargs)
        if isinstance(action.metavar, str):
            action.metavar = self.translate("Cli", action.metavar)
        elif action.metavar is None and action.nargs != 0 and action.choices is None:
            action.metavar = self.translate("Cli", action.dest.upper() if action.option_strings else action.dest)
        return action

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with self._speaking():
            return super().parse_known_args(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        with self._speaking():
            return super().parse_args(*args, **kwargs)

    def format_usage(self) -> str:
        with self._speaking():
            return super().format_usage()

    def format_help(self) -> str:
        with self._speaking():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        """One line on standard error, which names the help to read, and exit code 2."""
        line = self.translate("Cli", "{prog}: error: {message} (help: {prog} --help)")
        self.exit(EXIT_USAGE, line.format(prog=self.prog, message=message) + "\n")


class Formatter(argparse.HelpFormatter):
    """argparse's help layout, with a heading's colon as the language writes it
    ("options :" in French)."""

    def __init__(self, prog: str, *, translate: Translate, **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._translate = translate

    def start_section(self, heading: str | None) -> None:
        if heading:  # argparse adds the colon itself
            heading = (
                self._translate("Cli", QT_TRANSLATE_NOOP("Cli", "{heading}:")).format(heading=heading).removesuffix(":")
            )
        super().start_section(heading)


def _number(kind: type[int] | type[float], translate: Translate, text: str) -> int | float:
    """A whole number or a decimal one, which may be written with a decimal comma."""
    try:
        return kind(text.strip().replace(",", ".") if kind is float else text.strip())
    except ValueError:
        template = (
            QT_TRANSLATE_NOOP("Cli", '"{value}" is not a whole number')
            if kind is int
            else QT_TRANSLATE_NOOP("Cli", '"{value}" is not a number')
        )
        raise argparse.ArgumentTypeError(translate("Cli", template).format(value=text)) from None
