"""Serve the reports on this computer: the desk of every case, and review controls on every finding.

    sourcecheck serve reports            # then open the URL it prints
    sourcecheck serve reports --port 0   # any free port

The desk lists every case under OUT_DIR, at any depth (batch outputs such as reports/seeds/
included): open findings by severity and review status, the last run, its suite and check,
what changed since the previous run and the run history (docs/cli.md).

Binds to 127.0.0.1 unless --host says otherwise: the page can change the review store, so
serving it to the network is a decision to make on purpose. Serves regular files only, and
symlinks only when their target stays inside OUT_DIR (--follow-symlinks serves the others). Decisions are saved at once into
the review store (OUT_DIR/reviews.sqlite, or --store). Ctrl+C (or SIGTERM) stops it.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

NAME = "serve"
HELP = "the review desk: every case under a reports folder, with review controls"

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter  # keep the examples
    parser.add_argument("out", nargs="?", default="reports", metavar="OUT_DIR",
                        help='the reports folder (default "reports")')  # fmt: skip
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--store", help="the review store (default OUT_DIR/reviews.sqlite)")
    parser.add_argument("--threads", type=int, default=4, help=argparse.SUPPRESS)
    from sourcecheck import limits

    limits.add_arguments(parser, symlinks_only=True)


def _trusted_hosts(host: str) -> list[str] | None:
    """Host names the app answers to: the loopback names, or any when bound elsewhere."""
    if host in LOOPBACK:
        return ["127.0.0.1", "localhost", "[::1]"]
    if host in ("0.0.0.0", "::", ""):
        return None
    return [host]


def _stop(signum, frame) -> None:  # SIGTERM: stop as Ctrl+C does
    raise KeyboardInterrupt


def main(args: argparse.Namespace) -> int:
    from waitress import create_server

    from sourcecheck.errors import InputError
    from sourcecheck.limits import from_args
    from sourcecheck.review import STORE_NAME, open_store
    from sourcecheck.review.web import create_app

    out_dir = Path(args.out)
    if not out_dir.is_dir():
        raise InputError(out_dir, None, "no such folder (run `sourcecheck run CASE --out DIR`)")
    store = open_store(args.store or out_dir / STORE_NAME)
    app = create_app(
        out_dir, store, trusted_hosts=_trusted_hosts(args.host), limits=from_args(args)
    )
    try:
        server = create_server(app, host=args.host, port=args.port, threads=args.threads)
    except OSError as exc:
        raise InputError(
            f"{args.host}:{args.port}", None, f"cannot listen: {exc.strerror}"
        ) from None
    app.config["SESSION_COOKIE_NAME"] = f"sourcecheck_review_{server.effective_port}"
    host = server.effective_host
    shown = f"[{host}]" if ":" in str(host) else host
    url = f"http://{shown}:{server.effective_port}/"
    print(f"sourcecheck: serving {out_dir} at {url} (store {store.path}; Ctrl+C to stop)",
          file=sys.stderr, flush=True)  # fmt: skip
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        server.run()  # returns on Ctrl+C or SIGTERM, after the worker threads finish
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
        store.close()
    print("sourcecheck: server stopped", file=sys.stderr, flush=True)
    return 0
