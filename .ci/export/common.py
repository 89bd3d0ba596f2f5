"""What the export checkers share: reading the JSON Lines rows, and making sure a checker
rejects what it must."""

import json
import pathlib


class Invalid(Exception):
    """A finding: the export is not what its format or crossclaim's documentation says."""


def read_rows(path):
    """The rows of a `crossclaim export --format jsonl` file."""
    return [json.loads(line) for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines()]


def must_reject(name, what, check, *args):
    """Exits with an error unless `check(*args)` raises Invalid: a checker that accepts a broken
    copy would pass anything."""
    try:
        check(*args)
    except Invalid:
        return
    raise SystemExit(f"{name}: {what} was accepted")
