"""Entry point of the PyInstaller build: the same main() as the installed command."""

import sys

from maison_solidarite.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
