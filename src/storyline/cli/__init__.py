"""The command line: ``storyline COMMAND``. Each command lives in its own module here.

Every module of this package is imported so that its ``@main.command()`` registers itself;
adding a command means adding a module.
"""

import importlib
import pkgutil

from storyline.cli.app import main

for _module in pkgutil.iter_modules(__path__):
    if _module.name != "app":
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["main"]
