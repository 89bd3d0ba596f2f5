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


def day_bounds(written):
    """The first and last day (YYYY-MM-DD) a date as claim files write it may stand for, worked
    out here from the docs rather than taken from crossclaim: `None` for an open end or an
    unknown date."""
    import calendar

    def first(point):
        parts = point.split("-")
        return "-".join(parts + ["01"] * (3 - len(parts)))

    def last(point):
        parts = point.split("-")
        if len(parts) == 1:
            return f"{parts[0]}-12-31"
        if len(parts) == 2:
            days = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
            return f"{parts[0]}-{parts[1]}-{days:02d}"
        return point

    if written is None or written == "unknown":
        return None, None
    if written.startswith("on or before "):
        return None, last(written.removeprefix("on or before "))
    if written.startswith("on or after "):
        return first(written.removeprefix("on or after ")), None
    if written.startswith("between "):
        low, high = written.removeprefix("between ").split(" and ")
        return first(low), last(high)
    return first(written), last(written)
