"""Imports every command module so that it registers on the CLI groups."""
from . import core  # noqa: F401
from . import demo  # noqa: F401
from . import timex  # noqa: F401
from . import geo  # noqa: F401
from . import serve  # noqa: F401
from . import coref  # noqa: F401
from . import monitor  # noqa: F401
from . import acled  # noqa: F401
from . import relevance  # noqa: F401
from . import compare  # noqa: F401
from . import gazetteer  # noqa: F401
from . import review  # noqa: F401
