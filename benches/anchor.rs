//! Quote anchoring on an article-sized text: exact look-up and closest passage of misquotes,
//! and every quote of an article looked up one by one against all of them at once.

#![allow(clippy::expect_used)]

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{Criterion, criterion_group, criterion_main};
use crossclaim::anchor::{Anchoring, Quote, Source};
use std::hint::black_box;
use std::path::Path;

use corpus::{CorpusSpec, write_corpus};

const SENTENCES: &[&str] = &[
    "The city council voted on {d} to expand the tram network by {n} kilometres.",
    "\u{201C}We\u{2019}re ready,\u{201D} said {p}, who has led the project since {y}.",
    "Officials estimated the cost at {n} million euros, up from an earlier figure.",
    "Critics were not convinced\u{2026} the money, they said, had been promised before.",
    "According to the ministry, {n} households were affected by the outage on {d}.",
    "{p} told reporters that the agreement would be signed \u{201C}within weeks\u{201D}.",
    "The report, published in {y}, found that emissions had fallen by {n} percent.",
    "Police said {n} people were detained after the protest near the central station.",
    "Shares in the company rose {n} percent in early trading before falling back.",
    "The committee will meet again on {d} to review the remaining {n} applications.",
    "In a statement, {p} said the decision was \u{2018}long overdue\u{2019} and welcome.",
    "Residents of the northern district have waited since {y} for a new school.",
];
const PEOPLE: &[&str] = &[
    "Anna M\u{fc}ller",
    "Jean Dupont",
    "Maria Garc\u{ed}a",
    "Tom\u{e1}\u{161} Nov\u{e1}k",
    "Sarah O\u{2019}Brien",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// A small linear congruential generator: deterministic text without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from.get(self.next(from.len())).copied().unwrap_or_default()
    }
}

/// About `bytes` of news-like prose in paragraphs, with numbers and names varied so that
/// passages are unique.
fn article(bytes: usize) -> String {
    let mut rng = Lcg(0x5eed);
    let mut text = String::with_capacity(bytes + 200);
    while text.len() < bytes {
        for _ in 0..1 + rng.next(5) {
            let sentence = rng
                .pick(SENTENCES)
                .replace("{d}", rng.pick(DAYS))
                .replace("{p}", rng.pick(PEOPLE))
                .replace("{y}", &(1990 + rng.next(35)).to_string())
                .replace("{n}", &(1 + rng.next(9999)).to_string());
            text.push_str(&sentence);
            text.push(' ');
        }
        text.push_str("\r\n\r\n");
    }
    text
}

/// `len` chars of `text` starting near `at`, on char boundaries.
fn passage(text: &str, at: usize, len: usize) -> String {
    text.char_indices()
        .skip_while(|&(i, _)| i < at)
        .take(len)
        .map(|(_, c)| c)
        .collect()
}

/// The passage with a few words changed, as a careless transcription would have it: every
/// 50th char replaced, and one char dropped every 120.
fn misquote(passage: &str) -> String {
    passage
        .chars()
        .enumerate()
        .filter(|(i, _)| i % 120 != 60)
        .map(|(i, c)| if i % 50 == 25 { '#' } else { c })
        .collect()
}

fn bench(c: &mut Criterion) {
    let text = article(50_000);
    let source = Source::new(&text);
    let exact = passage(&text, 45_000, 200);
    let short = misquote(&passage(&text, 30_000, 300));
    let long = misquote(&passage(&text, 40_000, 600));
    // Measure the cases that were meant: a unique exact quote, and misquotes that only the
    // approximate search can place, where they were taken from.
    assert!(matches!(source.find(&Quote::new(&exact)), Anchoring::Found(_)));
    for (quote, at) in [(&short, 30_000), (&long, 40_000)] {
        assert_eq!(source.find(&Quote::new(quote)), Anchoring::NotFound);
        let near = source.closest(quote).map(|m| m.span.start);
        assert!(near.is_some_and(|s| s.abs_diff(at) < 8), "{near:?}");
    }

    c.bench_function("normalize 50 KB source", |b| b.iter(|| Source::new(black_box(&text))));
    c.bench_function("find 200-char quote in 50 KB", |b| {
        b.iter(|| source.find(&Quote::new(black_box(&exact))))
    });
    c.bench_function("closest 300-char misquote in 50 KB", |b| {
        b.iter(|| source.closest(black_box(&short)))
    });
    c.bench_function("closest 600-char misquote in 50 KB", |b| {
        b.iter(|| source.closest(black_box(&long)))
    });

    // Text outside Latin-1, every letter looked up for composition; half of it stored
    // decomposed, so composition does work too.
    let cyrillic = non_latin(50_000);
    c.bench_function("normalize 50 KB Cyrillic and Arabic source", |b| {
        b.iter(|| Source::new(black_box(&cyrillic)))
    });
}

/// About `bytes` of Cyrillic and Arabic prose, with й and Arabic hamza forms written composed
/// in one paragraph and as a base and a combining mark in the next.
fn non_latin(bytes: usize) -> String {
    const COMPOSED: &str = "Спецпредставитель заявил, что войска уйдут из страны, как только ситуация стабилизируется. قال المبعوث إن القوات الأجنبية ستغادر البلاد قريبًا وإن ثرواتها ملك لشعبها. ";
    let decomposed = COMPOSED
        .replace('\u{439}', "\u{438}\u{306}")
        .replace('\u{623}', "\u{627}\u{654}")
        .replace('\u{625}', "\u{627}\u{655}");
    let mut text = String::with_capacity(bytes + 400);
    while text.len() < bytes {
        text.push_str(COMPOSED);
        text.push_str("\n\n");
        text.push_str(&decomposed);
        text.push_str("\n\n");
    }
    text
}

/// An article's source and the claims quoting it, as the generated corpus has them.
struct Quoted {
    source: Source,
    quotes: Vec<OwnedQuote>,
}

struct OwnedQuote {
    exact: String,
    prefix: Option<String>,
    suffix: Option<String>,
    occurrence: Option<usize>,
}

impl OwnedQuote {
    fn quote(&self) -> Quote<'_> {
        Quote {
            exact: &self.exact,
            prefix: self.prefix.as_deref(),
            suffix: self.suffix.as_deref(),
            occurrence: self.occurrence,
        }
    }
}

/// The generated corpus's first `articles` articles with their claims' quotes.
fn quoted_articles(articles: usize) -> Vec<(String, Vec<OwnedQuote>)> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    write_corpus(dir.path(), &CorpusSpec::newsroom(articles * 10)).expect("the corpus is written");
    let loaded = crossclaim::load::load(&[dir.path().join("claims")]);
    let corpus = loaded.corpus;
    let mut out: Vec<(String, Vec<OwnedQuote>)> = Vec::new();
    for article in &corpus.articles {
        let text = std::fs::read_to_string(Path::new(dir.path()).join(&article.value.source)).expect("a seed is text");
        let quotes = corpus
            .claims
            .iter()
            .map(|claim| &claim.value)
            .filter(|c| *c.article == *article.value.id)
            .map(|c| OwnedQuote {
                exact: c.quote.to_string(),
                prefix: c.prefix.as_deref().map(str::to_string),
                suffix: c.suffix.as_deref().map(str::to_string),
                occurrence: c.occurrence,
            })
            .collect();
        out.push((text, quotes));
    }
    out
}

fn by_article(c: &mut Criterion) {
    let articles = quoted_articles(100);
    let small: Vec<Quoted> = articles
        .iter()
        .map(|(text, quotes)| Quoted {
            source: Source::new(text),
            quotes: quotes
                .iter()
                .map(|q| OwnedQuote {
                    exact: q.exact.clone(),
                    prefix: q.prefix.clone(),
                    suffix: q.suffix.clone(),
                    occurrence: q.occurrence,
                })
                .collect(),
        })
        .collect();
    // One long article: the generated articles one after another up to 50 KB, with the first
    // hundred of their quotes.
    let mut text = String::new();
    let mut quotes = Vec::new();
    for (article, its_quotes) in articles {
        if text.len() >= 50_000 {
            break;
        }
        text.push_str(&article);
        text.push_str("\n\n");
        quotes.extend(its_quotes);
    }
    quotes.truncate(100);
    let large = [Quoted {
        source: Source::new(&text),
        quotes,
    }];
    for (name, set) in [
        ("100 articles of 2-5 KB, 10 quotes each", &small[..]),
        ("50 KB, 100 quotes", &large[..]),
    ] {
        for q in set {
            let quotes: Vec<Quote<'_>> = q.quotes.iter().map(OwnedQuote::quote).collect();
            let one_by_one: Vec<Anchoring> = quotes.iter().map(|quote| q.source.find(quote)).collect();
            assert_eq!(q.source.find_many(&quotes), one_by_one);
            if set.len() > 1 {
                // Every generated article checks clean.
                assert!(one_by_one.iter().all(|a| matches!(a, Anchoring::Found(_))));
            }
        }
        let mut group = c.benchmark_group(format!("anchor {name}"));
        group.bench_function("find per quote", |b| {
            b.iter(|| {
                for q in set {
                    for quote in &q.quotes {
                        black_box(q.source.find(&quote.quote()));
                    }
                }
            })
        });
        group.bench_function("find_many", |b| {
            b.iter(|| {
                for q in set {
                    let quotes: Vec<Quote<'_>> = q.quotes.iter().map(OwnedQuote::quote).collect();
                    black_box(q.source.find_many(&quotes));
                }
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench, by_article);
criterion_main!(benches);
