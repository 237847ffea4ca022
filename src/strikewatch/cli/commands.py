"""Imports every command module so that it registers on the CLI groups."""
from . import core  # noqa: F401
from . import demo  # noqa: F401
