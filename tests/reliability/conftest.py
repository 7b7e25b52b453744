"""The reliability tests' time limit: a hang is a failure, not a stuck CI job."""

from __future__ import annotations

import signal

import pytest


class Hang(Exception):
    """A test ran past its time limit."""


@pytest.fixture(autouse=True)
def time_limit(request):
    """Every reliability test ends within its `time_limit` mark (default 60 s)."""
    mark = request.node.get_closest_marker("time_limit")
    seconds = int(mark.args[0]) if mark else 60

    def expire(signum, frame):
        raise Hang(f"{request.node.name} ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def pytest_configure(config):
    config.addinivalue_line("markers", "time_limit(seconds): fail a test that runs longer")
