"""``strikewatch serve``: the JSON API and the web UI over a store."""
from __future__ import annotations

from pathlib import Path

import click

from .group import current_settings, main, setting

DEMO_OUT = "demo-out"


@main.command()
@click.option("--db", default=setting("store_url"), show_default="strikewatch.duckdb, or $STRIKEWATCH_DB",
              help="Store to serve (DuckDB file or postgresql:// URL).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", default=setting("token"),
              help="Review token (or env STRIKEWATCH_TOKEN); review actions are off without one. "
                   "Prefer the env variable or --token-file: a command line is visible to other users.")
@click.option("--token-file", envvar="STRIKEWATCH_TOKEN_FILE", type=click.Path(exists=True, dir_okay=False),
              help="Read the review token from this file (or env STRIKEWATCH_TOKEN_FILE).")
@click.option("--read-token", default=setting("read_token"),
              help="If set, reads need this token too (or env STRIKEWATCH_READ_TOKEN).")
@click.option("--read-token-file", envvar="STRIKEWATCH_READ_TOKEN_FILE",
              type=click.Path(exists=True, dir_okay=False),
              help="Read the read token from this file (or env STRIKEWATCH_READ_TOKEN_FILE).")
@click.option("--allowed-host", "allowed", multiple=True, metavar="HOST",
              help="Also answer requests whose Host header names HOST (repeatable; '*' for any). "
                   "Always allowed: localhost, 127.0.0.1, ::1 and the --host address.")
@click.option("--demo", is_flag=True, help=f"First run the demo pipeline into {DEMO_OUT}/, then serve it.")
@click.pass_context
def serve(ctx: click.Context, db: str, host: str, port: int, token: str | None, token_file: str | None,
          read_token: str | None, read_token_file: str | None, allowed: tuple[str, ...], demo: bool) -> None:
    """Serve the events API (/api/..., spec at /openapi.json) and the web UI at /.

    The store may be written meanwhile by `watch` or `ingest` in other processes (a DuckDB
    file is opened per request; see docs/architecture.md, "a live store").

    Example: STRIKEWATCH_TOKEN="$(cat ~/.strikewatch-token)" strikewatch serve --db strikewatch.duckdb
    """
    import uvicorn

    from ..api.app import create_app
    from ..api.security import allowed_hosts

    token = _read_token(token_file, "--token-file") if token_file else token
    read_token = _read_token(read_token_file, "--read-token-file") if read_token_file else read_token
    if ctx.get_parameter_source("token") == click.core.ParameterSource.COMMANDLINE:
        click.echo("note: a --token on the command line is visible to other users (ps); "
                   "prefer STRIKEWATCH_TOKEN or --token-file", err=True)

    if demo:
        from .demo import demo as demo_command

        ctx.invoke(demo_command, out=DEMO_OUT)
        db = str(Path(DEMO_OUT) / "strikewatch.duckdb")
    if host not in ("127.0.0.1", "localhost", "::1") and not read_token:
        click.echo(f"note: listening on {host} with open reads; set --read-token to require a token", err=True)
    click.echo(f"strikewatch: serving {db} at http://{host}:{port}/ (review {'on' if token else 'off'})")
    settings = current_settings().override(store_url=db, token=token, read_token=read_token)
    app = create_app(settings=settings, allowed_hosts=allowed_hosts(host, allowed))
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _read_token(path: str, option: str) -> str:
    token = Path(path).read_text(encoding="utf-8").strip()
    if not token or any(c.isspace() for c in token):
        raise click.BadParameter(f"{path} must hold one token (no spaces)", param_hint=option)
    return token
