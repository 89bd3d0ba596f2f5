"""What the export checkers share: reading the JSON Lines rows, making sure a checker rejects
what it must, and the command line."""

import json
import pathlib
import sys


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


def run(main, doc, arguments):
    """Runs `main` with the command line's arguments, or shows the usage in `doc` when their
    number is not `arguments`."""
    if len(sys.argv) != arguments + 1:
        raise SystemExit(doc)
    main(*sys.argv[1:])
