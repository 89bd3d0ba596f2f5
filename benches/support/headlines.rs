//! A generated project shaped like a stance dataset converted to claim files: many outlets
//! with few claims each. Each topic has one proposition (the claim being checked); each claim
//! is one outlet's headline about it, in the outlet's own voice, in an article of its own; a
//! proposition is covered by 1 to 20 outlets. The shape of the dataset this follows: 300
//! topics, 724 outlets, 2,600 headlines ([`HeadlineSpec::DATASET`]).
//!
//! ```text
//! claims/outlets.yaml  claims/topics.yaml  claims/headlines/<outlet>.yaml
//! seeds/<outlet>/<article-id>.txt
//! ```
//!
//! Every outlet has at least one headline and every proposition a stance on it, so the
//! project checks clean. The same spec always gives the same bytes. Include it beside
//! `corpus.rs`, whose names and helpers it uses:
//! `#[path = "support/corpus.rs"] mod corpus; #[path = "support/headlines.rs"] mod headlines;`

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use super::corpus::{
    Lcg, OutletDef, PLACES, SCHEMA_COMMENT, TopicDef, outlet, outlets_yaml, quoted, sha256_hex, topic, topics_yaml,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadlineSpec {
    pub topics: usize,
    pub outlets: usize,
    pub claims: usize,
    /// The most outlets with a headline on one topic.
    pub max_outlets_per_topic: usize,
}

impl HeadlineSpec {
    /// The dataset's shape.
    pub const DATASET: HeadlineSpec = HeadlineSpec {
        topics: 300,
        outlets: 724,
        claims: 2_600,
        max_outlets_per_topic: 20,
    };

    /// `n` times the topics, outlets and claims, each topic still covered by 1 to 20 outlets.
    pub fn times(self, n: usize) -> HeadlineSpec {
        HeadlineSpec {
            topics: self.topics * n,
            outlets: self.outlets * n,
            claims: self.claims * n,
            ..self
        }
    }

    /// A tenth (rounded up) of each count.
    pub fn tenth(self) -> HeadlineSpec {
        HeadlineSpec {
            topics: self.topics.div_ceil(10),
            outlets: self.outlets.div_ceil(10),
            claims: self.claims.div_ceil(10),
            ..self
        }
    }
}

/// Writes the project into `dir`, which should be empty.
pub fn write_headlines(dir: &Path, spec: &HeadlineSpec) -> io::Result<()> {
    let invalid = |what: &str| Err(io::Error::new(io::ErrorKind::InvalidInput, what.to_string()));
    if spec.claims < spec.topics || spec.claims < spec.outlets {
        return invalid("every topic and every outlet needs a headline: give at least as many claims");
    }
    if spec.claims > spec.topics * spec.max_outlets_per_topic || spec.max_outlets_per_topic > spec.outlets {
        return invalid("too many claims for the topics and outlets");
    }
    let outlets: Vec<OutletDef> = (0..spec.outlets).map(outlet).collect();
    let topics: Vec<TopicDef> = (0..spec.topics).map(|i| topic(i, 1)).collect();
    let claims_dir = dir.join("claims");
    fs::create_dir_all(claims_dir.join("headlines"))?;
    fs::write(claims_dir.join("outlets.yaml"), outlets_yaml(&outlets))?;
    fs::write(claims_dir.join("topics.yaml"), topics_yaml(&topics))?;

    let mut rng = Lcg::new(spec.claims as u64);
    let coverage = outlets_per_topic(spec, &mut rng);
    let mut by_outlet: Vec<Vec<Headline>> = vec![Vec::new(); outlets.len()];
    let mut next_unused = 0;
    for (t, &count) in coverage.iter().enumerate() {
        let mut chosen: Vec<usize> = Vec::with_capacity(count);
        while chosen.len() < count {
            // Every outlet gets a headline first; after that a few outlets carry most of them.
            let candidate = if next_unused < outlets.len() {
                next_unused += 1;
                next_unused - 1
            } else {
                let u = rng.below(1_000_000) as f64 / 1_000_000.0;
                ((u * u * u) * outlets.len() as f64) as usize
            };
            if !chosen.contains(&candidate) {
                chosen.push(candidate);
            }
        }
        for (k, &o) in chosen.iter().enumerate() {
            // The first headline on a topic takes a side, so its proposition is used.
            let stance = match (k, rng.below(10)) {
                (0, n) if n < 5 => Some("supports"),
                (0, _) => Some("opposes"),
                (_, 0..=2) => Some("supports"),
                (_, 3..=4) => Some("opposes"),
                (_, 5..=7) => Some("neutral"),
                _ => None,
            };
            let date = (!rng.chance(60)).then(|| {
                (
                    2014 + rng.below(2) as u16,
                    1 + rng.below(12) as u8,
                    1 + rng.below(28) as u8,
                )
            });
            by_outlet[o].push((t, stance, date));
        }
    }
    for (o, headlines) in by_outlet.iter().enumerate() {
        let outlet = &outlets[o];
        let mut yaml = String::from(SCHEMA_COMMENT.replace("../schema", "../../schema").as_str());
        let mut articles = String::from("articles:\n");
        let mut claims = String::from("claims:\n");
        fs::create_dir_all(dir.join("seeds").join(&outlet.id))?;
        for (n, &(t, stance, date)) in headlines.iter().enumerate() {
            let topic = &topics[t];
            let (proposition, text) = &topic.propositions[0];
            let headline = headline(text, stance, &mut rng);
            let id = format!("{}-{}-{n}", outlet.id, topic.id);
            let source = format!("seeds/{}/{id}.txt", outlet.id);
            // The article's number makes each stored text its own: two articles with the same
            // bytes are one article entered twice (`duplicate-source`).
            let body = format!("{headline}\n\n{} · {} · {n}\n", outlet.name, rng.pick(PLACES));
            fs::write(dir.join(&source), &body)?;
            let published = match date {
                Some((y, m, d)) => format!("\"{y}-{m:02}-{d:02}\""),
                None => "unknown".to_string(),
            };
            let _ = write!(
                articles,
                "  - id: {id}\n    outlet: {}\n    title: {}\n    source: {source}\n    sha256: {}\n    published:\n      date: {published}\n",
                outlet.id,
                quoted(&headline),
                sha256_hex(body.as_bytes()),
            );
            let _ = write!(
                claims,
                "  - id: {id}-headline\n    article: {id}\n    mode: narration\n    quote: {}\n    topics: [{}]\n",
                quoted(&headline),
                topic.id
            );
            if let Some(stance) = stance {
                let _ = write!(
                    claims,
                    "    stances:\n      - proposition: {proposition}\n        stance: {stance}\n"
                );
            }
        }
        yaml.push_str(&articles);
        yaml.push('\n');
        yaml.push_str(&claims);
        fs::write(claims_dir.join("headlines").join(format!("{}.yaml", outlet.id)), yaml)?;
    }
    Ok(())
}

/// One outlet's headline: its topic, stance on the topic's proposition, and day.
type Headline = (usize, Option<&'static str>, Option<(u16, u8, u8)>);

/// How many outlets carry a headline on each topic: 1 to the spec's most, few topics with
/// many, adding up to the spec's claims.
fn outlets_per_topic(spec: &HeadlineSpec, rng: &mut Lcg) -> Vec<usize> {
    let most = spec.max_outlets_per_topic;
    let mut counts: Vec<usize> = (0..spec.topics)
        .map(|_| {
            let u = rng.below(1_000) as f64 / 1_000.0;
            1 + ((most - 1) as f64 * u * u) as usize
        })
        .collect();
    let mut total: usize = counts.iter().sum();
    while total != spec.claims {
        let t = rng.below(counts.len());
        if total < spec.claims && counts[t] < most {
            counts[t] += 1;
            total += 1;
        } else if total > spec.claims && counts[t] > 1 {
            counts[t] -= 1;
            total -= 1;
        }
    }
    counts
}

/// A headline that takes `stance` on the proposition `text`, or none.
fn headline(text: &str, stance: Option<&str>, rng: &mut Lcg) -> String {
    let claim = text.trim_end_matches('.');
    let place = rng.pick(PLACES);
    match stance {
        Some("supports") => format!("{claim}, officials in {place} confirm"),
        Some("opposes") => format!("Denied in {place}: {claim}"),
        Some(_) => format!("What we know so far from {place}: {claim}?"),
        None => format!("{place} live: the latest on the ground"),
    }
}
