"""Reads crossclaim's CSV export with Python's csv module and checks it holds the JSON Lines
rows cell for cell: absent values empty, topics and domains joined by `;`, ids as `dataset=id`
joined by `;`, each date's first and last possible day as the docs define them, and every cell a spreadsheet
would take for a formula (starting with = + - @, a tab or a carriage return) prefixed with `'`.

Usage: check_csv.py CSV JSONL
"""

import csv

from common import day_bounds, read_rows, run

FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(value)
    if isinstance(value, dict):
        value = ";".join(f"{k}={v}" for k, v in value.items())
    return "'" + value if value.startswith(FORMULA) else value


def main(csv_path, rows_path):
    rows = read_rows(rows_path)
    with open(csv_path, newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    header, body = table[0], table[1:]
    if not rows or header != list(rows[0]):
        raise SystemExit(f"check_csv: the header {header} is not the JSON Lines fields")
    if len(body) != len(rows):
        raise SystemExit(f"check_csv: {len(body)} CSV rows, {len(rows)} JSON Lines rows")
    for number, (line, row) in enumerate(zip(body, rows), start=2):
        expected = [cell(row[column]) for column in header]
        if line != expected:
            diff = [(c, a, b) for c, a, b in zip(header, line, expected) if a != b]
            raise SystemExit(f"check_csv: row {number} differs: {diff}")
        if any(value.startswith(FORMULA) for value in line):
            raise SystemExit(f"check_csv: row {number} has a cell a spreadsheet runs as a formula")
        for date in ("published", "said_on", "date"):
            expected = tuple(b or "" for b in day_bounds(row[date]))
            found = (line[header.index(f"{date}_earliest")], line[header.index(f"{date}_latest")])
            if found != expected:
                raise SystemExit(f"check_csv: row {number}: {date} {row[date]!r} has bounds {found}, not {expected}")
    print(f"check_csv: {len(body)} rows, the JSON Lines rows cell for cell, no formulas")


if __name__ == "__main__":
    run(main, __doc__, 2)
