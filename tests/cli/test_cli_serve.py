"""``sitat serve``: loopback by default, read-only unless told, one-line errors for a missing archive."""

from __future__ import annotations

import argparse

import pytest

from sitat.cli import serve
from sitat.errors import ArchiveError, SitatError


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sitat")
    serve.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["serve", *argv])


@pytest.fixture
def captured(monkeypatch):
    """uvicorn.run replaced by a recorder: what would have been served, and where."""
    import uvicorn

    calls: list[tuple[object, dict]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    return calls


@pytest.fixture
def archive(web_store):
    return web_store.url


def test_defaults_to_loopback_and_read_only(archive, captured, capsys):
    assert serve.run(_args("--db", archive)) == 0
    [(app, kw)] = captured
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8000
    assert app.state.settings.allow_ingest is False
    assert "token" not in capsys.readouterr().err


def test_ingest_prints_a_token_that_the_app_accepts(archive, captured, capsys, monkeypatch):
    monkeypatch.delenv("SITAT_TOKEN", raising=False)
    serve.run(_args("--db", archive, "--allow-ingest", "--port", "8123"))
    [(app, kw)] = captured
    token = capsys.readouterr().err.split("token: ")[1].split()[0]
    assert len(token) >= 24 and app.state.settings.token_ok(token)
    assert not app.state.settings.token_ok(token + "x")
    assert kw["port"] == 8123


def test_token_from_the_environment_is_not_printed(archive, captured, capsys, monkeypatch):
    monkeypatch.setenv("SITAT_TOKEN", "fra-miljøet")
    serve.run(_args("--db", archive, "--allow-ingest"))
    [(app, _)] = captured
    assert app.state.settings.token_ok("fra-miljøet")
    assert "fra-miljøet" not in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "cached"), [((), True), (("--cache-seconds", "0"), False)])
def test_cache_can_be_turned_off(archive, captured, argv, cached):
    from sitat.api.cache import CachedStore

    serve.run(_args("--db", archive, *argv))
    [(app, _)] = captured
    assert isinstance(app.state.store, CachedStore) is cached


@pytest.mark.parametrize(("argv", "threads"), [((), 1), (("--threads", "3"), 3)])
def test_read_threads_reach_the_app(archive, captured, argv, threads):
    serve.run(_args("--db", archive, *argv))
    [(app, _)] = captured
    assert app.state.settings.read_threads == threads


def test_workers_get_the_read_threads_through_the_environment(archive, captured, monkeypatch):
    for name in ("SITAT_SERVE_DB", "SITAT_SERVE_INGEST", "SITAT_SERVE_MAX_CHARS", "SITAT_SERVE_CACHE_SECONDS",
                 "SITAT_SERVE_THREADS"):
        monkeypatch.setenv(name, "")  # run() sets these for the workers; restored after the test
    serve.run(_args("--db", archive, "--workers", "2", "--threads", "4", "--cache-seconds", "0"))
    [(target, kw)] = captured
    assert target == "sitat.cli.serve:app_from_environment" and kw["workers"] == 2
    app = serve.app_from_environment()
    assert app.state.settings.read_threads == 4


def test_missing_archive_is_one_clear_error(tmp_path, captured):
    with pytest.raises(ArchiveError, match="no archive"):
        serve.run(_args("--db", str(tmp_path / "finnes-ikke.db")))
    assert captured == []


@pytest.mark.parametrize(
    "argv",
    [("--port", "0"), ("--port", "70000"), ("--workers", "0"), ("--max-chars", "-5"), ("--cache-seconds", "-1"),
     ("--threads", "0")],
)
def test_bad_options(archive, captured, argv):
    with pytest.raises(SitatError):
        serve.run(_args("--db", archive, *argv))
    assert captured == []


def test_help_has_examples(capsys):
    with pytest.raises(SystemExit):
        _args("--help")
    out = capsys.readouterr().out
    assert "--allow-ingest" in out and "examples:" in out and "127.0.0.1" in out
