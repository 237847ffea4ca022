"""``create_app(store_path)`` -> the FastAPI app: JSON API, review actions, the web UI.

The OpenAPI spec is served at ``/openapi.json``. The interactive ``/docs``
page is off: FastAPI's Swagger UI loads its assets from a CDN, which an
offline install cannot reach (and the CSP would refuse).
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from ..settings import Settings
from ..store import Store
from ..store.live import Opener
from .deps import ApiState
from .errors import install_handlers
from .limits import BodyLimit
from .security import CSP, SECURITY_HEADERS, HostAllowList
from .routes import events, reports, review, stats, taxonomy
from .routes import changes  # monitor: the change log

__all__ = ["CSP", "SECURITY_HEADERS", "create_app", "static_dir"]


def static_dir() -> Path:
    return Path(str(resources.files("strikewatch") / "web" / "static"))


def create_app(store_path: str | Path | Store | None = None, *, token: str | None = None,
               read_token: str | None = None, allowed_hosts: list[str] | None = None,
               lock_wait: float | None = None, settings: Settings | None = None) -> FastAPI:
    """The app over the store at ``store_path`` (opened and migrated here; or an open ``Store``).

    ``token`` enables review actions (sent as ``Authorization: Bearer <token>``);
    ``read_token``, when set, is needed for every read as well; ``allowed_hosts``, when given,
    the Host header values answered (others get 400: ``api.security``); ``lock_wait``, the seconds a
    request waits for a DuckDB file another process holds (``Settings.lock_wait``). What is not
    given comes from ``settings`` when one is passed (built by the caller, at the edge:
    ``strikewatch serve`` builds it from the environment); the app itself never reads the environment.
    """
    if settings is None and store_path is None:
        raise TypeError("create_app needs a store_path or settings")
    if settings is not None:
        store_path = settings.store_url if store_path is None else store_path
        token = settings.token if token is None else token
        read_token = settings.read_token if read_token is None else read_token
        lock_wait = settings.lock_wait if lock_wait is None else lock_wait
    opener = Opener(store_path, wait=lock_wait)  # a DuckDB file: opened per request (store/live.py)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        opener.close()

    app = FastAPI(title="strikewatch", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan,
                  description="Conflict events with evidence; review actions need a bearer token.")
    app.state.api = ApiState(opener=opener, token=token or None, read_token=read_token or None)
    install_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_middleware(BodyLimit, headers=SECURITY_HEADERS)  # before routing, tokens and parsing
    if allowed_hosts is not None:
        app.add_middleware(HostAllowList, hosts=allowed_hosts, headers=SECURITY_HEADERS)  # outermost
    for module in (events, reports, review, stats, taxonomy, changes):
        app.include_router(module.router)
    app.include_router(review.orphans_router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        """The web UI (a static page; it reads the JSON API)."""
        return FileResponse(static_dir() / "index.html", media_type="text/html")

    return app
