//! `export --format sqlite`: an SQLite database with a table per kind of definition, primary
//! and foreign keys, for SQL, R's DBI, pandas or Datasette. The schema is `schema.sql` beside
//! this file; `PRAGMA user_version` is its version.
//!
//! Written with rusqlite and the SQLite it bundles, so the file does not depend on the SQLite
//! of the machine.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, Transaction, params};

use crate::model::PartialDate;

use super::Input;
use super::input::ownership_name;
use super::passages::passages;
use super::rows::day;

const SCHEMA: &str = include_str!("schema.sql");
const INDEXES: &str = include_str!("indexes.sql");
/// Raised when a table or column changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// Writes the database into `path`, an empty or new file.
pub fn write(path: &Path, input: &Input<'_>) -> rusqlite::Result<()> {
    // One connection on one thread: SQLite's own locking would only cost time.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut db = Connection::open_with_flags(path, flags)?;
    // The file is new and is renamed into place only once complete, so a journal would guard
    // nothing. The primary key indexes of a large export outgrow SQLite's default 2 MB cache,
    // which would send every insert to the file; 128 MB holds those of a million claims.
    db.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;",
    )?;
    let tx = db.transaction()?;
    tx.execute_batch(SCHEMA)?;
    definitions(&tx, input)?;
    claims(&tx, input)?;
    tx.execute_batch(INDEXES)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    db.close().map_err(|(_, error)| error)
}

fn definitions(tx: &Transaction<'_>, input: &Input<'_>) -> rusqlite::Result<()> {
    let corpus = input.corpus;
    let mut insert = tx.prepare("INSERT INTO outlets VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for o in corpus.outlets.iter().map(|item| &item.value) {
        insert.execute(params![
            o.id,
            o.name,
            o.country,
            ownership_name(o.ownership),
            o.kind,
            o.homepage
        ])?;
    }
    let mut insert = tx.prepare("INSERT INTO speakers VALUES (?1, ?2, ?3, ?4)")?;
    for s in corpus.speakers.iter().map(|item| &item.value) {
        insert.execute(params![s.id, s.name, s.role, s.affiliation])?;
    }
    let mut insert = tx.prepare("INSERT INTO topics VALUES (?1, ?2, ?3)")?;
    for t in corpus.topics.iter().map(|item| &item.value) {
        insert.execute(params![t.id, t.title, t.description])?;
    }
    let mut insert = tx.prepare("INSERT INTO outlet_domains VALUES (?1, ?2)")?;
    for o in corpus.outlets.iter().map(|item| &item.value) {
        // A domain listed twice is one row.
        for (i, domain) in o.domains.iter().enumerate() {
            if !o.domains[..i].contains(domain) {
                insert.execute(params![o.id, domain])?;
            }
        }
    }
    let mut insert = tx.prepare("INSERT INTO propositions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
    for p in corpus.propositions.iter().map(|item| &item.value) {
        let verdict = p.proposition.verdict.as_ref();
        insert.execute(params![
            p.proposition.id,
            p.topic,
            p.proposition.text,
            verdict.map(|v| v.rating.as_str()),
            verdict.map(|v| v.by.as_str()),
            verdict.and_then(|v| v.url.as_deref()),
            verdict.and_then(|v| v.date).map(|d| d.to_string()),
        ])?;
    }
    let mut insert = tx.prepare("INSERT INTO articles VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")?;
    let mut ids = tx.prepare("INSERT INTO article_ids VALUES (?1, ?2, ?3)")?;
    for a in corpus.articles.iter().map(|item| &item.value) {
        let (earliest, latest) = bounds(Some(a.published.date));
        insert.execute(params![
            a.id,
            a.outlet,
            a.title,
            a.source,
            a.sha256,
            a.published.date.to_string(),
            earliest,
            latest,
            a.published.note,
            a.dateline,
            a.url,
            a.captured
        ])?;
        for (dataset, id) in &a.ids {
            ids.execute(params![a.id, dataset, id.as_str()])?;
        }
    }
    Ok(())
}

fn claims(tx: &Transaction<'_>, input: &Input<'_>) -> rusqlite::Result<()> {
    let mut claim_row = tx.prepare(
        "INSERT INTO claims VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
    )?;
    let mut topic_row = tx.prepare("INSERT INTO claim_topics VALUES (?1, ?2, ?3)")?;
    let mut stance_row = tx.prepare("INSERT INTO stances VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (claim, passage) in input.claims.iter().zip(passages(input)) {
        let c = claim.claim;
        let (earliest, latest) = bounds(c.said_on_date());
        claim_row.execute(params![
            c.id,
            c.article,
            c.speaker,
            c.mode.as_str(),
            c.verb,
            c.quote,
            c.prefix,
            c.suffix,
            c.occurrence.and_then(|n| i64::try_from(n).ok()),
            c.speaker_role,
            c.said_on_date().map(|d| d.to_string()),
            earliest,
            latest,
            c.summary,
            c.notes,
            passage.as_ref().map(|p| p.start as i64),
            passage.as_ref().map(|p| p.end as i64),
            c.placement.map_or("body", |p| p.as_str()),
            c.verb
                .as_deref()
                .and_then(|v| input.lexicon.verb(v))
                .map(|v| v.class.name()),
            c.attribution.map(|a| a.as_str()),
            (!c.markers.is_empty()).then(|| c.markers.join(";")),
            input.statements.get(claim.index).copied().flatten(),
            c.language.as_deref().or(claim.article.language.as_deref()),
            c.translation_of,
        ])?;
        for (position, topic) in claim.topics().enumerate() {
            topic_row.execute(params![c.id, topic, position as i64])?;
        }
        for (position, s) in c.stances.iter().enumerate() {
            stance_row.execute(params![
                c.id,
                position as i64,
                s.proposition,
                s.stance.as_str(),
                s.certainty().as_str()
            ])?;
        }
    }
    Ok(())
}

/// The first and last day a date may stand for, as YYYY-MM-DD; NULL when unknown or open at
/// that end.
fn bounds(date: Option<PartialDate>) -> (Option<String>, Option<String>) {
    (
        day(date.and_then(PartialDate::earliest)),
        day(date.and_then(PartialDate::latest)),
    )
}
