//! A generated claim project, deterministic and clean, for benchmarks and tests.
//!
//! The layout is the one a newsroom curating article by article keeps (and the one `claims/` in
//! this repository uses): shared definitions in three files, then one claim file per article
//! holding the article and its claims, grouped by outlet and year, and one stored text per
//! article under `seeds/`:
//!
//! ```text
//! claims/outlets.yaml  claims/speakers.yaml  claims/topics.yaml
//! claims/articles/<outlet>/<year>/<article-id>.yaml
//! seeds/<outlet>/<article-id>.txt
//! ```
//!
//! One file per article keeps each review local to one file and each merge conflict to one
//! article. Texts are news prose of 2 to 5 KB with the claims' passages really in them; they use
//! curly quotes, typographic apostrophes, no-break spaces, the ellipsis char, hard-wrapped lines
//! and CRLF, and the claims quote them sometimes exactly and sometimes as typed on a plain
//! keyboard, so quote normalization does real work. Dates have every precision; claims use every
//! mode, stances and the `occurrence`/`prefix` disambiguators. Every definition is used, so the
//! project checks clean. The same spec always gives the same bytes.
//!
//! Use from a bench or test with `#[path = "support/corpus.rs"] mod corpus;`.

#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use crossclaim::anchor::Source;
use sha2::{Digest, Sha256};

/// How much to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CorpusSpec {
    pub outlets: usize,
    pub speakers: usize,
    pub topics: usize,
    pub propositions_per_topic: usize,
    pub articles: usize,
    pub claims: usize,
}

impl CorpusSpec {
    /// A newsroom's proportions for `claims` claims: ten claims per article, one speaker per
    /// fifty claims, one topic per thousand (4 to 150, with four propositions each) and one
    /// outlet per 250 articles (3 to 40). 100,000 claims give the design's benchmark corpus.
    pub fn newsroom(claims: usize) -> CorpusSpec {
        let articles = claims.div_ceil(10).max(1);
        CorpusSpec {
            outlets: (articles / 250).clamp(3, 40),
            speakers: (claims / 50).max(5),
            topics: (claims / 1000).clamp(4, 150),
            propositions_per_topic: 4,
            articles,
            claims,
        }
    }
}

/// What a written corpus holds, for reports and assertions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CorpusStats {
    pub claim_files: usize,
    pub claim_bytes: u64,
    pub source_bytes: u64,
}

/// Writes a project (`claims/` and `seeds/`) for `spec` into `dir`, which should be empty.
///
/// Fails with `InvalidInput` when the spec cannot check clean: every speaker, topic and
/// proposition must be used by a claim, and every outlet by an article.
pub fn write_corpus(dir: &Path, spec: &CorpusSpec) -> io::Result<CorpusStats> {
    validate(spec)?;
    let mut stats = CorpusStats::default();
    let outlets: Vec<OutletDef> = (0..spec.outlets).map(outlet).collect();
    let speakers: Vec<SpeakerDef> = (0..spec.speakers).map(speaker).collect();
    let topics: Vec<TopicDef> = (0..spec.topics)
        .map(|i| topic(i, spec.propositions_per_topic))
        .collect();
    let claims_dir = dir.join("claims");
    fs::create_dir_all(&claims_dir)?;
    for (name, text) in [
        ("outlets.yaml", outlets_yaml(&outlets)),
        ("speakers.yaml", speakers_yaml(&speakers)),
        ("topics.yaml", topics_yaml(&topics)),
    ] {
        fs::write(claims_dir.join(name), &text)?;
        stats.claim_files += 1;
        stats.claim_bytes += text.len() as u64;
    }
    let defs = Definitions {
        outlets: &outlets,
        speakers: &speakers,
        topics: &topics,
    };
    let mut usage = Usage::default();
    for index in 0..spec.articles {
        // Claims go to articles in contiguous blocks, as curators work through an article at once.
        let first = index * spec.claims / spec.articles;
        let last = (index + 1) * spec.claims / spec.articles;
        let article = article(index, first..last, spec, &outlets, &speakers, &topics, &mut usage)?;
        let seed = dir.join(&article.source);
        let claim_file = claims_dir
            .join("articles")
            .join(&outlets[article.outlet].id)
            .join(article.year_dir())
            .join(format!("{}.yaml", article.id));
        for path in [&seed, &claim_file] {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
        }
        fs::write(&seed, &article.text)?;
        let yaml = article_yaml(&article, &defs);
        fs::write(&claim_file, &yaml)?;
        stats.claim_files += 1;
        stats.claim_bytes += yaml.len() as u64;
        stats.source_bytes += article.text.len() as u64;
    }
    Ok(stats)
}

fn validate(spec: &CorpusSpec) -> io::Result<()> {
    let invalid = |what: &str| Err(io::Error::new(io::ErrorKind::InvalidInput, what.to_string()));
    let propositions = spec.topics * spec.propositions_per_topic;
    if spec.outlets == 0 || spec.speakers == 0 || spec.topics == 0 || spec.articles == 0 {
        return invalid("a corpus needs at least one outlet, speaker, topic and article");
    }
    if spec.outlets > spec.articles {
        return invalid("every outlet needs an article: give at least as many articles as outlets");
    }
    // Two claims in three name a speaker, and at least three in four take stances; leave room.
    if spec.claims < 2 * spec.speakers || spec.claims < 2 * propositions || spec.claims < 2 * spec.topics {
        return invalid("every speaker, topic and proposition needs claims: give at least twice as many claims");
    }
    Ok(())
}

/// A small linear congruential generator (Knuth's MMIX constants): deterministic variety
/// without a dependency.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        let mut lcg = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
        lcg.below(1);
        lcg
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T: ?Sized>(&mut self, from: &[&'a T]) -> &'a T {
        from[self.below(from.len())]
    }
}

// --- Definitions -----------------------------------------------------------------------------

pub struct OutletDef {
    pub id: String,
    pub name: String,
    country: &'static str,
    ownership: &'static str,
    kind: &'static str,
    domain: String,
}

const OUTLETS: &[(&str, &str, &str, &str)] = &[
    ("Northern Herald", "GB", "private", "newspaper"),
    ("Agence Meridien", "FR", "state-funded", "news agency"),
    ("Radio Ostwind", "DE", "public-service", "broadcaster"),
    ("The Capital Ledger", "US", "private", "newspaper"),
    ("Levant Daily", "LB", "private", "newspaper"),
    ("Anatolia Wire", "TR", "state-owned", "news agency"),
    ("Gulf Broadcasting", "QA", "state-funded", "broadcaster"),
    ("Caspian News Service", "AZ", "state-owned", "news agency"),
    ("Il Corriere del Sud", "IT", "private", "newspaper"),
    ("Nordic Public Radio", "SE", "public-service", "broadcaster"),
    ("Persian Gulf Times", "IR", "state-owned", "newspaper"),
    ("Volga Telegraph", "RU", "state-owned", "news agency"),
    ("El Observador", "ES", "private", "newspaper"),
    ("Nile Courier", "EG", "state-owned", "newspaper"),
    ("Independent Monitor", "NL", "nonprofit", "fact-checking site"),
    ("Atlas Tribune", "MA", "private", "newspaper"),
];

pub fn outlet(i: usize) -> OutletDef {
    let (name, country, ownership, kind) = OUTLETS[i % OUTLETS.len()];
    let round = i / OUTLETS.len();
    let name = if round == 0 {
        name.to_string()
    } else {
        format!("{name} {}", round + 1)
    };
    let id = slug(&name);
    OutletDef {
        domain: format!("{}.example", id.replace('-', "")),
        id,
        name,
        country,
        ownership,
        kind,
    }
}

struct SpeakerDef {
    id: String,
    /// The name as articles print it.
    name: String,
    role: &'static str,
    affiliation: Option<&'static str>,
}

/// First names with their ASCII spelling for ids.
const FIRST: &[(&str, &str)] = &[
    ("Anna", "anna"),
    ("Jean", "jean"),
    ("María", "maria"),
    ("Tomáš", "tomas"),
    ("Sarah", "sarah"),
    ("Faisal", "faisal"),
    ("Dmitry", "dmitry"),
    ("Leyla", "leyla"),
    ("Mehmet", "mehmet"),
    ("Olga", "olga"),
    ("Youssef", "youssef"),
    ("Ingrid", "ingrid"),
    ("Hassan", "hassan"),
    ("Chloé", "chloe"),
    ("Pieter", "pieter"),
    ("Amira", "amira"),
    ("Jürgen", "jurgen"),
    ("Elena", "elena"),
    ("Karim", "karim"),
    ("Nadia", "nadia"),
];

const LAST: &[(&str, &str)] = &[
    ("Müller", "muller"),
    ("Dupont", "dupont"),
    ("García", "garcia"),
    ("Novák", "novak"),
    ("O’Brien", "obrien"),
    ("Mekdad", "mekdad"),
    ("Volkov", "volkov"),
    ("Aliyeva", "aliyeva"),
    ("Yılmaz", "yilmaz"),
    ("Petrova", "petrova"),
    ("Haddad", "haddad"),
    ("Lindqvist", "lindqvist"),
    ("Rahimi", "rahimi"),
    ("Lefèvre", "lefevre"),
    ("de Vries", "de-vries"),
    ("Mansour", "mansour"),
    ("Schröder", "schroder"),
    ("Rossi", "rossi"),
    ("Benali", "benali"),
    ("Karimova", "karimova"),
    ("Hoffmann", "hoffmann"),
    ("Said", "said"),
    ("Kowalski", "kowalski"),
    ("Andersen", "andersen"),
    ("Nasser", "nasser"),
];

const ROLES: &[(&str, Option<&str>)] = &[
    ("foreign minister", Some("Government of Syria")),
    ("Kremlin spokesman", Some("Government of Russia")),
    ("defence ministry spokeswoman", Some("Ministry of Defence")),
    ("UN special envoy", Some("United Nations")),
    (
        "commander of the Syrian Democratic Forces",
        Some("Syrian Democratic Forces"),
    ),
    ("State Department spokesman", Some("US Department of State")),
    ("presidential adviser", Some("Presidency of Turkey")),
    ("member of parliament", None),
    ("local council head", None),
    ("aid coordinator", Some("Red Crescent")),
    ("military analyst", None),
    ("oil ministry official", Some("Ministry of Oil")),
];

/// Institutions that speak as a whole, as headlines often have it.
const INSTITUTIONS: &[(&str, &str, &str)] = &[
    ("The Foreign Ministry", "foreign-ministry", "institution"),
    ("The Kremlin", "kremlin", "institution (Presidential Executive Office)"),
    ("The Pentagon", "pentagon", "institution (US Department of Defense)"),
    ("The United Nations", "united-nations", "institution"),
];

fn speaker(i: usize) -> SpeakerDef {
    if i % 25 == 24 {
        let (name, id, role) = INSTITUTIONS[(i / 25) % INSTITUTIONS.len()];
        let round = i / (25 * INSTITUTIONS.len());
        return SpeakerDef {
            id: numbered(id, round),
            name: name.to_string(),
            role,
            affiliation: None,
        };
    }
    let (first, first_id) = FIRST[i % FIRST.len()];
    // Stepping the last name with the first spreads surnames; 21 is prime to 25, so every
    // (first, last) pair comes once before any repeats.
    let (last, last_id) = LAST[(21 * (i / FIRST.len()) + i % FIRST.len()) % LAST.len()];
    let round = i / (FIRST.len() * LAST.len());
    let (role, affiliation) = ROLES[(i * 7 + i / 3) % ROLES.len()];
    SpeakerDef {
        id: numbered(&format!("{first_id}-{last_id}"), round),
        name: format!("{first} {last}"),
        role,
        affiliation,
    }
}

pub struct TopicDef {
    pub id: String,
    pub title: String,
    description: String,
    /// (id, text) of each proposition.
    pub propositions: Vec<(String, String)>,
}

/// (id, title, subject of its propositions)
const TOPICS: &[(&str, &str, &str)] = &[
    ("us-withdrawal", "US withdrawal from Syria", "US forces"),
    (
        "oil-and-resources",
        "Oil fields and natural resources",
        "the oil fields",
    ),
    ("kurds", "The Kurds and their partners", "Kurdish forces"),
    ("foreign-forces", "Legitimacy of foreign forces", "foreign troops"),
    ("border-zone", "The border zone", "the border zone"),
    ("political-settlement", "The political settlement", "the peace talks"),
    ("humanitarian-access", "Humanitarian access", "aid convoys"),
    ("sanctions", "Sanctions and their effects", "the sanctions"),
    ("refugee-returns", "Return of refugees", "refugee returns"),
    ("ceasefire", "The ceasefire", "the ceasefire"),
    ("detainees", "Detainees and prisoner exchanges", "the prisoner exchange"),
    ("reconstruction", "Reconstruction funding", "reconstruction funds"),
];

const PROPOSITION_FORMS: &[(&str, &str)] = &[
    ("will-end-this-year", "{s} will be settled before the end of the year."),
    ("are-legitimate", "The current arrangements for {s} are legitimate."),
    ("need-un-oversight", "{s} should be placed under UN oversight."),
    ("benefit-civilians", "{s} benefit the civilian population."),
    ("are-obstructed", "{s} are being obstructed by outside powers."),
    ("require-a-deal", "{s} require a written agreement between the parties."),
];

pub fn topic(i: usize, propositions: usize) -> TopicDef {
    let (id, title, subject) = TOPICS[i % TOPICS.len()];
    let round = i / TOPICS.len();
    let id = numbered(id, round);
    let title = if round == 0 {
        title.to_string()
    } else {
        format!("{title} ({})", round + 1)
    };
    let propositions = (0..propositions)
        .map(|k| {
            let (suffix, form) = PROPOSITION_FORMS[k % PROPOSITION_FORMS.len()];
            let pid = numbered(&format!("{id}-{suffix}"), k / PROPOSITION_FORMS.len());
            (pid, capitalize(&form.replace("{s}", subject)))
        })
        .collect();
    TopicDef {
        description: format!("What the parties say about {subject}, and what they expect of them."),
        id,
        title,
        propositions,
    }
}

// --- Articles --------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Date {
    Unknown,
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
}

impl Date {
    fn yaml(self) -> String {
        match self {
            Date::Unknown => "unknown".to_string(),
            // Curators write a bare year unquoted, which YAML reads as a number.
            Date::Year(y) => format!("{y}"),
            Date::Month(y, m) => format!("\"{y}-{m:02}\""),
            Date::Day(y, m, d) => format!("\"{y}-{m:02}-{d:02}\""),
        }
    }

    /// A statement date no later than this publication date, of any precision.
    fn said_before(self, rng: &mut Lcg) -> Date {
        match self {
            Date::Unknown => Date::Month(2019 + rng.below(5) as u16, 1 + rng.below(12) as u8),
            Date::Year(y) => match rng.below(2) {
                0 => Date::Year(y),
                _ => Date::Month(y, 1 + rng.below(12) as u8),
            },
            Date::Month(y, m) => match rng.below(3) {
                0 => Date::Month(y, m),
                1 => Date::Day(y, m, 1 + rng.below(28) as u8),
                _ => Date::Year(y),
            },
            Date::Day(y, m, d) => match rng.below(3) {
                0 => Date::Day(y, m, d - rng.below(usize::from(d)) as u8),
                1 => Date::Month(y, m),
                _ => Date::Year(y),
            },
        }
    }
}

struct ClaimDef {
    id: String,
    speaker: Option<usize>,
    mode: &'static str,
    verb: Option<&'static str>,
    /// The passage as the curator typed it.
    quote: String,
    prefix: Option<String>,
    occurrence: Option<usize>,
    topics: Vec<usize>,
    /// (topic, proposition index within it, stance)
    stances: Vec<(usize, usize, &'static str)>,
    speaker_role: Option<&'static str>,
    said_on: Option<Date>,
    summary: String,
    notes: Option<String>,
}

struct ArticleDef {
    id: String,
    outlet: usize,
    title: String,
    source: String,
    text: String,
    published: Date,
    note: Option<String>,
    dateline: Option<String>,
    url: Option<String>,
    claims: Vec<ClaimDef>,
}

impl ArticleDef {
    fn year_dir(&self) -> String {
        match self.published {
            Date::Unknown => "undated".to_string(),
            Date::Year(y) | Date::Month(y, _) | Date::Day(y, _, _) => y.to_string(),
        }
    }
}

/// Counters that hand out speakers and propositions in turn, so that every one is used.
#[derive(Default)]
struct Usage {
    speaker: usize,
    proposition: usize,
    topic: usize,
}

pub const PLACES: &[&str] = &[
    "Qamishli",
    "Deir ez-Zor",
    "al-Hasakah",
    "Manbij",
    "Tall Abyad",
    "Ras al-Ayn",
    "Kobanî",
    "Idlib",
    "Aleppo",
    "Raqqa",
    "al-Tanf",
    "Afrin",
    "Sochi",
    "Geneva",
    "Astana",
    "Ankara",
    "Erbil",
    "Homs",
    "Palmyra",
    "Latakia",
    "Tartus",
    "Daraa",
    "Quneitra",
    "Jarabulus",
];

const ORGS: &[&str] = &[
    "the United Nations",
    "NATO",
    "the European Union",
    "Washington",
    "Moscow",
    "Ankara",
    "Tehran",
    "the coalition",
    "the Red Crescent",
    "the Arab League",
    "Damascus",
    "the Security Council",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words a speaker is quoted with, first person.
const SAYINGS: &[&str] = &[
    "We’re ready to resume talks in {p} as early as {d}",
    "Our forces will not leave {p} before {m}",
    "There are still {N} foreign fighters around {p}, and they’re well armed",
    "Nobody invited these troops to {p}, and they must go by {m}",
    "The convoy of {n} trucks reached {p} on {d} without incident",
    "We have lost {N} people in {p} since {m}… and the world is silent",
    "The oil of {p} belongs to the people who live there, not to {o}",
    "We will not accept a buffer zone of {n} kilometres along the border near {p}",
    "{O} has broken every promise it made about {p} in {m}",
    "The agreement signed on {d} gives us {n} hours to withdraw from {p}",
    "I can’t confirm the figure of {n} casualties in {p}",
    "Our position on {p} hasn’t changed since {m}, whatever {o} says",
    "We expect {N} families to return to {p} before {m}",
    "The talks in {p} are the last chance… there will be no other before {m}",
];

/// Reported clauses, third person: paraphrases and the outlet's own narration.
const CLAUSES: &[&str] = &[
    "talks with {o} would resume in {p} on {d}",
    "{N} families had fled {p} since {m}",
    "the ceasefire around {p} was holding despite {n} reported violations",
    "the oil fields near {p} were producing about {N} barrels a day",
    "the border crossing at {p} would reopen to aid convoys on {d}",
    "sanctions imposed by {o} had cost the region {n} million dollars since {m}",
    "the troops stationed in {p} had no mandate from {o}",
    "{o} would send {n} observers to {p} by {m}",
    "the withdrawal from {p} would be completed within {n} days",
    "government forces had retaken {n} villages around {p} since {m}",
    "the mission of {o} in {p} would end in {m}",
    "no decision on the future of {p} would be taken before {d}",
    "{n} detainees held near {p} would be exchanged on {d}",
    "the reconstruction of {p} would cost at least {n} million dollars",
];

/// Prose around the claims: context nobody is quoted for.
const FILLER: &[&str] = &[
    "The statement came {n} days after the last round of talks in {p}.",
    "Reporters were not allowed to enter {p} on {d}.",
    "Officials in {p} declined to comment on the figures when asked on {d}.",
    "The area around {p} has changed hands several times since {m} {y}.",
    "Satellite images published in {m} showed new positions east of {p}.",
    "A previous agreement, reached in {p} in {y}, collapsed within weeks.",
    "Traffic on the main road to {p} was light on {d}, residents said.",
    "The figures could not be independently verified.",
    "Prices of bread and fuel in {p} have risen by {n} percent since {m}.",
    "The meeting in {p} lasted about {n} minutes, according to the schedule.",
    "Neither side has published the text of the memorandum signed in {p}.",
    "Electricity in parts of {p} was cut for {n} hours on {d}.",
    "Schools in {p} reopened in {m} after a break of almost {n} weeks.",
    "The delegation from {o} arrived in {p} late on {d}.",
];

/// Short phrases that recur in a text, so a claim needs `occurrence` or `prefix`.
const REFRAINS: &[&str] = &[
    "not one step back",
    "the land is not for sale",
    "peace with dignity",
    "no foreign boots",
];

const QUOTE_VERBS: &[&str] = &["said", "stressed", "warned", "insisted", "added", "claimed"];
const PARAPHRASE_VERBS: &[&str] = &["said", "claimed", "alleged", "suggested", "stressed"];

/// One sentence of a text, and the passage a claim quotes from it (if any).
struct Sentence {
    text: String,
    claim: Option<usize>,
    /// The quoted passage exactly as printed.
    passage: String,
}

#[allow(clippy::too_many_arguments)]
fn article(
    index: usize,
    claims: std::ops::Range<usize>,
    spec: &CorpusSpec,
    outlets: &[OutletDef],
    speakers: &[SpeakerDef],
    topics: &[TopicDef],
    usage: &mut Usage,
) -> io::Result<ArticleDef> {
    let mut rng = Lcg::new(index as u64);
    // The first articles go one to each outlet, so every outlet is used.
    let outlet = if index < outlets.len() {
        index
    } else {
        rng.below(outlets.len())
    };
    let o = &outlets[outlet];
    let year = 2019 + rng.below(6) as u16;
    let month = 1 + rng.below(12) as u8;
    let day = 1 + rng.below(28) as u8;
    // By index rather than at random, so that even a small corpus has every precision.
    let published = match (index * 7) % 20 {
        0 => Date::Unknown,
        1 | 2 => Date::Year(year),
        3..=5 => Date::Month(year, month),
        _ => Date::Day(year, month, day),
    };
    let note = match published {
        Date::Unknown => {
            Some("The page shows no date and none can be inferred from the events it reports.".to_string())
        }
        Date::Year(y) => Some(format!(
            "Only the copyright line gives a year ({y}); the events reported fit it, but no day or month is printed."
        )),
        Date::Month(..) => Some("The archive page lists the article under this month; no day is printed.".to_string()),
        Date::Day(..) if rng.chance(15) => {
            Some("The dateline gives the day; the year is inferred from the events reported.".to_string())
        }
        Date::Day(..) => None,
    };
    let place = rng.pick(PLACES);
    let headline_saying = fill(rng.pick(CLAUSES), &mut rng);
    let title = capitalize(&headline_saying);
    let date_part = match published {
        Date::Unknown => "undated".to_string(),
        Date::Year(y) => format!("{y}"),
        Date::Month(y, m) => format!("{y}-{m:02}"),
        Date::Day(y, m, d) => format!("{y}-{m:02}-{d:02}"),
    };
    let id = format!("{}-{date_part}-{}-{index}", o.id, slug(place));
    let source = format!("seeds/{}/{id}.txt", o.id);
    let dateline = match published {
        Date::Day(_, m, d) if rng.chance(70) => {
            Some(format!("{}, {} {d}", place.to_uppercase(), MONTHS[usize::from(m) - 1]))
        }
        _ => None,
    };
    let url = rng
        .chance(60)
        // The article's number keeps two articles with one headline at two addresses, as
        // real sites do; `duplicate-url` would otherwise flag the generated project.
        .then(|| format!("https://www.{}/news/{}/{}-{index}", o.domain, year, slug(&title)));

    let mut defs: Vec<ClaimDef> = Vec::with_capacity(claims.len());
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut seen = HashSet::new();
    for number in claims.clone() {
        let claim = claim(number, &mut rng, spec, speakers, topics, usage, published);
        let k = defs.len();
        let sentence = claim_sentence(&claim, k, speakers, &mut rng, &mut seen);
        sentences.push(sentence);
        defs.push(claim);
    }
    let target = 2000 + rng.below(3000);
    let mut budget = target.saturating_sub(sentences.iter().map(|s| s.text.len() + 1).sum());
    let mut order: Vec<Sentence> = Vec::with_capacity(sentences.len() * 3);
    let filler = |order: &mut Vec<Sentence>, budget: &mut usize, rng: &mut Lcg, seen: &mut HashSet<String>| {
        let text = unique(seen, rng, |rng| fill(rng.pick(FILLER), rng));
        *budget = budget.saturating_sub(text.len() + 1);
        order.push(Sentence {
            text,
            claim: None,
            passage: String::new(),
        });
    };
    for sentence in sentences {
        order.push(sentence);
        for _ in 0..rng.below(3) {
            filler(&mut order, &mut budget, &mut rng, &mut seen);
        }
    }
    while budget > 0 {
        filler(&mut order, &mut budget, &mut rng, &mut seen);
    }
    // One article in eight prints a refrain twice; its last claim quotes the second one.
    let refrain = (defs.len() >= 2 && rng.chance(12)).then(|| rng.pick(REFRAINS));
    if let Some(refrain) = refrain {
        let first = rng.below(order.len() / 2 + 1);
        let second = first + 1 + rng.below(order.len() - first);
        for (at, who, verb) in [(second, "Marchers in", "repeated"), (first, "Protesters in", "chanted")] {
            let text = format!(
                "{who} {} {verb} \u{201C}{refrain}\u{201D} for an hour.",
                rng.pick(PLACES)
            );
            let sentence = Sentence {
                text,
                claim: None,
                passage: String::new(),
            };
            order.insert(at, sentence);
        }
    }
    let crlf = rng.chance(10);
    let wrap = rng.chance(40).then(|| 70 + rng.below(30));
    let text = layout(&title, dateline.as_deref(), &o.name, &order, crlf, wrap, &mut rng);

    // Each claim quotes its passage; the curator types it exactly or on a plain keyboard.
    let anchor = Source::new(&text);
    let mut by_claim: Vec<Option<&Sentence>> = vec![None; defs.len()];
    for s in &order {
        if let Some(k) = s.claim {
            by_claim[k] = Some(s);
        }
    }
    for (k, def) in defs.iter_mut().enumerate() {
        let Some(sentence) = by_claim[k] else { continue };
        def.quote = typed(&sentence.passage, &mut rng);
        if anchor.find_all(&def.quote).len() != 1 {
            return Err(io::Error::other(format!(
                "generated passage is not unique: {}",
                def.quote
            )));
        }
    }
    if let (Some(refrain), Some(last)) = (refrain, defs.last_mut())
        && anchor.find_all(refrain).len() == 2
    {
        last.quote = refrain.to_string();
        if rng.chance(50) {
            last.occurrence = Some(2);
        } else {
            last.prefix = Some("repeated \u{201C}".to_string());
        }
    }
    Ok(ArticleDef {
        id,
        outlet,
        title,
        source,
        text,
        published,
        note,
        dateline,
        url,
        claims: defs,
    })
}

fn claim(
    number: usize,
    rng: &mut Lcg,
    spec: &CorpusSpec,
    speakers: &[SpeakerDef],
    topics: &[TopicDef],
    usage: &mut Usage,
    published: Date,
) -> ClaimDef {
    let mode = match rng.below(3) {
        0 => "quote",
        1 => "paraphrase",
        _ => "narration",
    };
    let speaker = (mode != "narration").then(|| {
        usage.speaker += 1;
        (usage.speaker - 1) % speakers.len()
    });
    let verb = match mode {
        "quote" => Some(rng.pick(QUOTE_VERBS)),
        "paraphrase" if rng.chance(15) => Some("according to"),
        "paraphrase" => Some(rng.pick(PARAPHRASE_VERBS)),
        _ => None,
    };
    let propositions = topics.len() * spec.propositions_per_topic;
    let mut stances = Vec::new();
    let mut claim_topics = Vec::new();
    if propositions > 0 && rng.chance(80) {
        for _ in 0..1 + usize::from(rng.chance(20)) {
            let p = usage.proposition % propositions;
            usage.proposition += 1;
            let (t, k) = (p / spec.propositions_per_topic, p % spec.propositions_per_topic);
            if stances.iter().any(|&(st, sk, _)| (st, sk) == (t, k)) {
                continue;
            }
            let stance = ["supports", "opposes", "neutral"][rng.below(3)];
            stances.push((t, k, stance));
            if !claim_topics.contains(&t) {
                claim_topics.push(t);
            }
        }
    } else {
        claim_topics.push(usage.topic % topics.len());
        usage.topic += 1;
    }
    if rng.chance(15) {
        let extra = rng.below(topics.len());
        if !claim_topics.contains(&extra) {
            claim_topics.push(extra);
        }
    }
    let who = speaker.map_or("outlet", |s| speakers[s].id.as_str());
    let who = who.split('-').next().unwrap_or(who);
    let topic_word = topics[claim_topics[0]].id.split('-').next().unwrap_or("topic");
    let summary = format!(
        "{} \u{2014} {}.",
        speaker.map_or("The outlet", |s| speakers[s].name.as_str()),
        topics[claim_topics[0]].title
    );
    ClaimDef {
        id: format!("{who}-{topic_word}-{number}"),
        speaker,
        mode,
        verb,
        quote: String::new(),
        prefix: None,
        occurrence: None,
        topics: claim_topics,
        stances,
        speaker_role: speaker.filter(|_| rng.chance(25)).map(|s| speakers[s].role),
        said_on: (mode != "narration" && rng.chance(30)).then(|| published.said_before(rng)),
        summary,
        notes: rng.chance(10).then(|| {
            "The wording differs from the version the outlet published in its other language edition, \
             which is softer; this claim follows the stored text, which is the one the outlet kept online."
                .to_string()
        }),
    }
}

/// The sentence that carries claim `k`'s passage.
fn claim_sentence(
    claim: &ClaimDef,
    k: usize,
    speakers: &[SpeakerDef],
    rng: &mut Lcg,
    seen: &mut HashSet<String>,
) -> Sentence {
    let name = claim.speaker.map(|s| speakers[s].name.as_str()).unwrap_or_default();
    let role = claim.speaker.map(|s| speakers[s].role).unwrap_or_default();
    let verb = claim.verb.unwrap_or("said");
    let curly = rng.chance(70);
    let (open, close) = if curly { ("\u{201C}", "\u{201D}") } else { ("\"", "\"") };
    let passage = match claim.mode {
        "quote" => unique(seen, rng, |rng| fill(rng.pick(SAYINGS), rng)),
        "paraphrase" => unique(seen, rng, |rng| fill(rng.pick(CLAUSES), rng)),
        _ => unique(seen, rng, |rng| capitalize(&fill(rng.pick(CLAUSES), rng)) + "."),
    };
    let text = match claim.mode {
        "quote" => match rng.below(3) {
            0 => format!("{open}{passage},{close} {name}, {role}, {verb}."),
            1 => format!("{name} {verb}: {open}{passage}.{close}"),
            _ => format!("{open}{passage},{close} {verb} {name} on {}.", rng.pick(DAYS)),
        },
        "paraphrase" if verb == "according to" => format!("According to {name}, {passage}."),
        "paraphrase" => format!("{name}, the {role}, {verb} that {passage}."),
        _ => passage.clone(),
    };
    Sentence {
        text,
        claim: Some(k),
        passage,
    }
}

/// Draws from `make` until the result was not used before in this text.
fn unique(seen: &mut HashSet<String>, rng: &mut Lcg, mut make: impl FnMut(&mut Lcg) -> String) -> String {
    loop {
        let text = make(rng);
        if seen.insert(text.clone()) {
            return text;
        }
    }
}

/// Fills a template's slots: {p} place, {o}/{O} organisation, {d} day, {m} month, {y} year,
/// {n} a small number, {N} a large one, printed with a no-break space or a comma as thousands
/// separator in some texts.
fn fill(template: &str, rng: &mut Lcg) -> String {
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let slot = &rest[open + 1..open + 2];
        rest = &rest[open + 3..];
        match slot {
            "p" => out.push_str(rng.pick(PLACES)),
            "o" => out.push_str(rng.pick(ORGS)),
            "O" => out.push_str(&capitalize(rng.pick(ORGS))),
            "d" => {
                if rng.chance(50) {
                    out.push_str(rng.pick(DAYS));
                } else {
                    let _ = write!(out, "{} {}", rng.pick(MONTHS), 1 + rng.below(28));
                }
            }
            "m" => out.push_str(rng.pick(MONTHS)),
            "y" => {
                let _ = write!(out, "{}", 2011 + rng.below(14));
            }
            "n" => {
                let _ = write!(out, "{}", 2 + rng.below(98));
            }
            _ => {
                let n = 1000 + rng.below(59_000);
                let _ = match rng.below(10) {
                    0..=3 => write!(out, "{}\u{A0}{:03}", n / 1000, n % 1000),
                    4..=6 => write!(out, "{},{:03}", n / 1000, n % 1000),
                    _ => write!(out, "{n}"),
                };
            }
        }
    }
    out.push_str(rest);
    out
}

/// The passage as a curator typed it: in half the claims on a plain keyboard, with straight
/// quotes and apostrophes, three dots and ordinary spaces.
fn typed(passage: &str, rng: &mut Lcg) -> String {
    if rng.chance(50) {
        return passage.to_string();
    }
    passage
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201C}', '\u{201D}'], "\"")
        .replace('\u{2026}', "...")
        .replace('\u{A0}', " ")
}

/// The stored text: headline, byline, paragraphs of two to four sentences, optionally
/// hard-wrapped and with CRLF line ends, as texts saved from the web come.
fn layout(
    title: &str,
    dateline: Option<&str>,
    outlet: &str,
    sentences: &[Sentence],
    crlf: bool,
    wrap: Option<usize>,
    rng: &mut Lcg,
) -> String {
    let mut paragraphs = vec![title.to_string(), format!("By the {outlet} newsroom")];
    let mut i = 0;
    while i < sentences.len() {
        let take = (2 + rng.below(3)).min(sentences.len() - i);
        let mut paragraph = sentences[i..i + take]
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if i == 0
            && let Some(dateline) = dateline
        {
            paragraph = format!("{dateline} ({outlet}) \u{2013} {paragraph}");
        }
        paragraphs.push(paragraph);
        i += take;
    }
    let newline = if crlf { "\r\n" } else { "\n" };
    let mut text = String::new();
    for paragraph in paragraphs {
        match wrap {
            Some(width) => {
                let mut line = 0;
                for (w, word) in paragraph.split(' ').enumerate() {
                    if w > 0 {
                        if line + 1 + word.chars().count() > width {
                            text.push_str(newline);
                            line = 0;
                        } else {
                            text.push(' ');
                            line += 1;
                        }
                    }
                    text.push_str(word);
                    line += word.chars().count();
                }
            }
            None => text.push_str(&paragraph),
        }
        text.push_str(newline);
        text.push_str(newline);
    }
    text
}

// --- YAML ------------------------------------------------------------------------------------

pub const SCHEMA_COMMENT: &str = "# yaml-language-server: $schema=../schema/crossclaim.schema.json\n";

pub fn outlets_yaml(outlets: &[OutletDef]) -> String {
    let mut y = String::from(SCHEMA_COMMENT);
    y.push_str("outlets:\n");
    for o in outlets {
        let _ = write!(
            y,
            "  - id: {}\n    name: {}\n    country: {}\n    ownership: {}\n    kind: {}\n    homepage: https://www.{}\n\n",
            o.id,
            quoted(&o.name),
            o.country,
            o.ownership,
            o.kind,
            o.domain
        );
    }
    y
}

fn speakers_yaml(speakers: &[SpeakerDef]) -> String {
    let mut y = String::from(SCHEMA_COMMENT);
    y.push_str("speakers:\n");
    for s in speakers {
        let _ = write!(
            y,
            "  - id: {}\n    name: {}\n    role: {}\n",
            s.id,
            quoted(&s.name),
            quoted(s.role)
        );
        if let Some(affiliation) = s.affiliation {
            let _ = writeln!(y, "    affiliation: {affiliation}");
        }
        y.push('\n');
    }
    y
}

pub fn topics_yaml(topics: &[TopicDef]) -> String {
    let mut y = String::from(SCHEMA_COMMENT);
    y.push_str("topics:\n");
    for t in topics {
        let _ = write!(
            y,
            "  - id: {}\n    title: {}\n    description: >-\n",
            t.id,
            quoted(&t.title)
        );
        folded(&mut y, &t.description, "      ");
        if !t.propositions.is_empty() {
            y.push_str("    propositions:\n");
        }
        for (id, text) in &t.propositions {
            let _ = write!(y, "      - id: {id}\n        text: {}\n", quoted(text));
        }
        y.push('\n');
    }
    y
}

/// Everything a claim file refers to by id.
struct Definitions<'a> {
    outlets: &'a [OutletDef],
    speakers: &'a [SpeakerDef],
    topics: &'a [TopicDef],
}

fn article_yaml(a: &ArticleDef, defs: &Definitions<'_>) -> String {
    let outlet = &defs.outlets[a.outlet];
    let mut y = String::with_capacity(1500 + 700 * a.claims.len());
    y.push_str("# yaml-language-server: $schema=../../../../schema/crossclaim.schema.json\n#\n");
    let _ = writeln!(y, "# {}: \"{}\".", outlet.name, a.title);
    y.push_str("# Convention: a quote claim holds only words inside quotation marks.\n\narticles:\n");
    let _ = write!(
        y,
        "  - id: {}\n    outlet: {}\n    title: {}\n    source: {}\n    sha256: {}\n    published:\n      date: {}\n",
        a.id,
        outlet.id,
        quoted(&a.title),
        a.source,
        sha256_hex(a.text.as_bytes()),
        a.published.yaml()
    );
    if let Some(note) = &a.note {
        y.push_str("      note: >-\n");
        folded(&mut y, note, "        ");
    }
    if let Some(dateline) = &a.dateline {
        let _ = writeln!(y, "    dateline: {}", quoted(dateline));
    }
    if let Some(url) = &a.url {
        let _ = writeln!(y, "    url: {url}");
    }
    if a.claims.is_empty() {
        return y;
    }
    y.push_str("\nclaims:\n");
    for c in &a.claims {
        claim_yaml(&mut y, a, c, defs);
    }
    y
}

fn claim_yaml(y: &mut String, a: &ArticleDef, c: &ClaimDef, defs: &Definitions<'_>) {
    let _ = write!(y, "  - id: {}\n    article: {}\n", c.id, a.id);
    if let Some(s) = c.speaker {
        let _ = writeln!(y, "    speaker: {}", defs.speakers[s].id);
    }
    let _ = writeln!(y, "    mode: {}", c.mode);
    if let Some(verb) = c.verb {
        let _ = writeln!(y, "    verb: {verb}");
    }
    let _ = writeln!(y, "    quote: {}", quoted(&c.quote));
    if let Some(prefix) = &c.prefix {
        let _ = writeln!(y, "    prefix: {}", quoted(prefix));
    }
    if let Some(n) = c.occurrence {
        let _ = writeln!(y, "    occurrence: {n}");
    }
    let topics: Vec<&str> = c.topics.iter().map(|&t| defs.topics[t].id.as_str()).collect();
    let _ = writeln!(y, "    topics: [{}]", topics.join(", "));
    if !c.stances.is_empty() {
        y.push_str("    stances:\n");
        for &(t, k, stance) in &c.stances {
            let (proposition, _) = &defs.topics[t].propositions[k];
            let _ = write!(y, "      - proposition: {proposition}\n        stance: {stance}\n");
        }
    }
    if let Some(role) = c.speaker_role {
        let _ = writeln!(y, "    speaker_role: {}", quoted(role));
    }
    if let Some(date) = c.said_on {
        let _ = writeln!(y, "    said_on: {}", date.yaml());
    }
    let _ = writeln!(y, "    summary: {}", quoted(&c.summary));
    if let Some(notes) = &c.notes {
        y.push_str("    notes: >-\n");
        folded(y, notes, "      ");
    }
    y.push('\n');
}

/// A YAML double-quoted scalar.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A folded block scalar's lines, wrapped at about 96 columns.
fn folded(y: &mut String, text: &str, indent: &str) {
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > 96 {
            let _ = writeln!(y, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    let _ = writeln!(y, "{indent}{line}");
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

// --- Text helpers ----------------------------------------------------------------------------

/// A kebab-case id from a name: ASCII letters and digits, other runs become one hyphen.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') && !c.is_alphabetic() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "x".to_string()
    } else {
        trimmed.to_string()
    }
}

/// `id` for the first round of names, `id-2`, `id-3`... after that.
fn numbered(id: &str, round: usize) -> String {
    if round == 0 {
        id.to_string()
    } else {
        format!("{id}-{}", round + 1)
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
