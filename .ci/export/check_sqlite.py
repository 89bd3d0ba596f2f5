"""Runs SQL against crossclaim's SQLite export with Python's sqlite3 (the SQLite of the machine,
not the one crossclaim bundles): the file is intact, every foreign key is declared and holds,
and joins across the tables give back what the JSON Lines export says. A copy with a dangling
reference must be rejected, so a checker that passes everything fails.

Usage: check_sqlite.py DATABASE JSONL
"""

import collections
import pathlib
import shutil
import sqlite3
import tempfile

from common import Invalid, day_bounds, must_reject, read_rows, run

FOREIGN_KEYS = {
    "propositions": {("topic", "topics", "id")},
    "articles": {("outlet", "outlets", "id")},
    "claims": {("article", "articles", "id"), ("speaker", "speakers", "id")},
    "claim_topics": {("claim", "claims", "id"), ("topic", "topics", "id")},
    "stances": {("claim", "claims", "id"), ("proposition", "propositions", "id")},
    "outlet_domains": {("outlet", "outlets", "id")},
    "article_ids": {("article", "articles", "id")},
}


def check(path, rows):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise Invalid("integrity_check failed")
    dangling = db.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise Invalid(f"foreign_key_check: {dangling[:5]}")
    if db.execute("PRAGMA user_version").fetchone()[0] != 1:
        raise Invalid("user_version is not 1")
    for table, expected in FOREIGN_KEYS.items():
        declared = {(r[3], r[2], r[4]) for r in db.execute(f"PRAGMA foreign_key_list({table})")}
        if declared != expected:
            raise Invalid(f"{table} declares foreign keys {sorted(declared)}")

    claims = {r["claim"] for r in rows}
    (count,) = db.execute("SELECT count(*) FROM claims").fetchone()
    if count != len(claims):
        raise Invalid(f"{count} claims in the database, {len(claims)} in the rows")

    # Stances per outlet and stance, through claims and articles.
    by_outlet = collections.Counter((r["outlet"], r["stance"]) for r in rows if r["stance"])
    found = collections.Counter(
        {
            (outlet, stance): n
            for outlet, stance, n in db.execute(
                """SELECT o.id, s.stance, count(*)
                   FROM stances s JOIN claims c ON c.id = s.claim
                   JOIN articles a ON a.id = c.article JOIN outlets o ON o.id = a.outlet
                   GROUP BY o.id, s.stance"""
            )
        }
    )
    if found != by_outlet:
        raise Invalid(f"stances per outlet: {dict(found)} != {dict(by_outlet)}")

    # Who said what on which proposition, with names and topic titles.
    said = {
        (r["claim"], r["speaker_name"], r["proposition"], r["topic_title"], r["stance"])
        for r in rows
        if r["proposition"]
    }
    joined = set(
        db.execute(
            """SELECT c.id, sp.name, p.id, t.title, s.stance
               FROM stances s JOIN claims c ON c.id = s.claim
               LEFT JOIN speakers sp ON sp.id = c.speaker
               JOIN propositions p ON p.id = s.proposition JOIN topics t ON t.id = p.topic"""
        )
    )
    if joined != said:
        raise Invalid(f"stances joined: {len(joined)} rows differ from {len(said)}")

    # Framing, certainty and statements: the same in the database as in the rows.
    framed = {
        (r["claim"], r["proposition"], r["certainty"], r["verb_class"], r["placement"], r["statement"])
        for r in rows
        if r["proposition"]
    }
    stored = set(
        db.execute(
            """SELECT c.id, s.proposition, s.certainty, c.verb_class, c.placement, c.statement
               FROM stances s JOIN claims c ON c.id = s.claim"""
        )
    )
    if stored != framed:
        raise Invalid(f"certainty, verb classes or statements: {len(stored ^ framed)} rows differ")

    # Topics per claim, in order.
    topics = {r["claim"]: r["topics"] for r in rows}
    listed = collections.defaultdict(list)
    for claim, topic in db.execute("SELECT claim, topic FROM claim_topics ORDER BY claim, position"):
        listed[claim].append(topic)
    if dict(listed) != topics:
        raise Invalid("claim_topics do not list each claim's topics in order")

    # Date bounds are the first and last day each date may stand for, NULL at an open end.
    for table, column in (("articles", "published"), ("claims", "said_on")):
        query = f"SELECT {column}, {column}_earliest, {column}_latest FROM {table}"
        for written, earliest, latest in db.execute(query):
            if (earliest, latest) != day_bounds(written):
                raise Invalid(f"{table}.{column} {written!r} has bounds {(earliest, latest)}")

    # What the rows say of outlets, articles and propositions: domains, ids, capture, verdicts.
    domains = collections.defaultdict(list)
    for outlet, domain in db.execute("SELECT outlet, domain FROM outlet_domains"):
        domains[outlet].append(domain)
    ids = collections.defaultdict(dict)
    for article, dataset, value in db.execute("SELECT article, dataset, id FROM article_ids"):
        ids[article][dataset] = value
    captured = dict(db.execute("SELECT id, captured FROM articles"))
    verdicts = {p: v for p, *v in db.execute("SELECT id, verdict, verdict_by, verdict_url, verdict_date FROM propositions")}
    for r in rows:
        if sorted(domains[r["outlet"]]) != sorted(set(r["outlet_domains"])):
            raise Invalid(f"outlet {r['outlet']}: domains {domains[r['outlet']]} != {r['outlet_domains']}")
        if ids[r["article"]] != r["ids"] or captured[r["article"]] != r["captured"]:
            raise Invalid(f"article {r['article']}: ids or capture time differ from the rows'")
        if r["proposition"]:
            said = [r["verdict"], r["verdict_by"], r["verdict_url"], r["verdict_date"]]
            if verdicts[r["proposition"]] != said:
                raise Invalid(f"proposition {r['proposition']}: verdict {verdicts[r['proposition']]} != {said}")

    bad = db.execute(
        "SELECT count(*) FROM claims WHERE passage_start IS NULL OR passage_end <= passage_start"
    ).fetchone()[0]
    if bad:
        raise Invalid(f"{bad} claims without a passage")
    db.close()
    return count


def main(database, rows_path):
    rows = read_rows(rows_path)
    try:
        count = check(database, rows)
    except Invalid as error:
        raise SystemExit(f"check_sqlite: {error}")
    with tempfile.TemporaryDirectory() as work:
        broken = pathlib.Path(work) / "broken.db"
        shutil.copy(database, broken)
        db = sqlite3.connect(broken)
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("UPDATE stances SET proposition = 'no-such-proposition' WHERE rowid = (SELECT min(rowid) FROM stances)")
        db.commit()
        db.close()
        must_reject("check_sqlite", "a database with a dangling foreign key", check, broken, rows)
    print(
        f"check_sqlite: SQLite {sqlite3.sqlite_version} reads {count} claims; integrity and "
        f"foreign keys hold; joins agree with the {len(rows)} rows"
    )


if __name__ == "__main__":
    run(main, __doc__, 2)
