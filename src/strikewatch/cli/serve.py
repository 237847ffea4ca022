"""``strikewatch serve``: the JSON API and the web UI over a store."""
from __future__ import annotations

from pathlib import Path

import click

from .group import main
from ..store import DEFAULT_DB

DEMO_OUT = "demo-out"


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Store to serve (DuckDB file or postgresql:// URL).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", envvar="STRIKEWATCH_TOKEN", default=None,
              help="Review token (or env STRIKEWATCH_TOKEN); review actions are off without one.")
@click.option("--read-token", envvar="STRIKEWATCH_READ_TOKEN", default=None,
              help="If set, reads need this token too (or env STRIKEWATCH_READ_TOKEN).")
@click.option("--demo", is_flag=True, help=f"First run the demo pipeline into {DEMO_OUT}/, then serve it.")
@click.pass_context
def serve(ctx: click.Context, db: str, host: str, port: int, token: str | None, read_token: str | None,
          demo: bool) -> None:
    """Serve the events API (/api/..., spec at /openapi.json) and the web UI at /.

    Example: strikewatch serve --db strikewatch.duckdb --token "$(openssl rand -hex 16)"
    """
    import uvicorn

    from ..api.app import create_app

    if demo:
        from .demo import demo as demo_command

        ctx.invoke(demo_command, out=DEMO_OUT)
        db = str(Path(DEMO_OUT) / "strikewatch.duckdb")
    if host not in ("127.0.0.1", "localhost", "::1") and not read_token:
        click.echo(f"note: listening on {host} with open reads; set --read-token to require a token", err=True)
    click.echo(f"strikewatch: serving {db} at http://{host}:{port}/ (review {'on' if token else 'off'})")
    uvicorn.run(create_app(db, token=token, read_token=read_token), host=host, port=port, log_level="warning")
