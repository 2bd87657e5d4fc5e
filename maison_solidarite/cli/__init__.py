"""The command line: the same use cases as the GUI, without Qt.

One module per command group declares its subcommands' parsers and one handler per
subcommand; ``main.COMMANDS`` maps (command, action) to that handler. The handlers call
services and open no session. Bad input gives one line on stderr and exit code 2;
nothing is half-written.
"""

from __future__ import annotations

from ..db.schema import upgrade
from .database import chain_verdict
from .main import COMMANDS, build_parser, main_cli, report_error, run

__all__ = ["COMMANDS", "build_parser", "chain_verdict", "main_cli", "report_error", "run", "upgrade"]
