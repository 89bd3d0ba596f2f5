//! What importing the rows adds to a project, decided before anything is written: new outlets,
//! topics with their propositions, articles with their sources and claims, and claims for
//! articles the project already has; and, for every row, what became of it.
//!
//! Identity, so that a row already in the project (or earlier in the file) adds nothing:
//! - an outlet is known by a domain it publishes under, else by its name;
//! - a topic by its title, a proposition by its text within its topic;
//! - an article by its url once normalised, else by the sha256 of its stored text;
//! - a claim by its article and quote. A row about a second proposition adds a stance to it.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::anchor;
use crate::curate::{Ids, article_id, slug};
use crate::model::{
    Article, Claim, Corpus, Dated, Mode, Outlet, Ownership, Proposition, Stance, StanceOn, Topic, UNKNOWN_COUNTRY,
    is_domain, normalize_url, url_domain,
};

use super::outcome::Outcome;
use super::rows::{Place, Row, RowRead};

/// A new article: its record, its stored text and its claims.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub article: Article,
    pub text: String,
    pub claims: Vec<Claim>,
}

/// Everything an import adds.
#[derive(Debug, Default)]
pub struct Plan {
    pub outlets: Vec<Outlet>,
    pub topics: Vec<Topic>,
    pub articles: Vec<NewArticle>,
    /// New claims of articles defined before, by article id, in the order made.
    pub appended: Vec<(String, Vec<Claim>)>,
    pub outcomes: Vec<Outcome>,
}

/// Where a claim is being built.
#[derive(Debug, Clone, Copy)]
enum ClaimAt {
    /// Defined before: its stances cannot be added to.
    Existing(usize),
    New {
        article: usize,
        claim: usize,
    },
    Appended {
        list: usize,
        claim: usize,
    },
}

#[derive(Debug, Clone, Copy)]
enum ArticleAt {
    Existing(usize),
    New(usize),
}

/// The project's definitions by what identifies them, and the ids taken.
struct Known<'a> {
    corpus: &'a Corpus,
    /// Reads an existing article's stored text, for telling whether a row's quote is in it.
    read_source: &'a dyn Fn(&Article) -> Option<String>,
    outlet_by_domain: HashMap<String, String>,
    outlet_by_name: HashMap<String, String>,
    topic_by_title: HashMap<String, (String, Option<usize>)>,
    proposition_by_text: HashMap<(String, String), String>,
    article_by_url: HashMap<String, ArticleAt>,
    article_by_hash: HashMap<String, ArticleAt>,
    claim_by_quote: HashMap<(String, String), ClaimAt>,
    /// The row that first gave each claim's stance on a proposition, if in this file.
    stance_from: HashMap<(String, String), (Stance, Option<Place>)>,
    existing_texts: HashMap<usize, Option<String>>,
    /// Where in `Plan::appended` each existing article's new claims are.
    appended_at: HashMap<String, usize>,
    ids: [Ids; 5],
}

const OUTLET: usize = 0;
const TOPIC: usize = 1;
const PROPOSITION: usize = 2;
const ARTICLE: usize = 3;
const CLAIM: usize = 4;

/// Plans the import of `rows` into a project holding `corpus`. `file` names the CSV in each
/// claim's notes; `source_path` gives the stored text's path for an article id.
pub fn plan(
    rows: Vec<RowRead>,
    corpus: &Corpus,
    file: &str,
    read_source: &dyn Fn(&Article) -> Option<String>,
    source_path: &mut dyn FnMut(&str, &str) -> String,
) -> Plan {
    let mut known = Known::new(corpus, read_source);
    let mut plan = Plan::default();
    for read in rows {
        let outcome = match read {
            RowRead::Settled(outcome) => outcome,
            RowRead::Row(row) => known.add(&mut plan, &row, file, source_path),
        };
        plan.outcomes.push(outcome);
    }
    plan
}

impl<'a> Known<'a> {
    fn new(corpus: &'a Corpus, read_source: &'a dyn Fn(&Article) -> Option<String>) -> Known<'a> {
        let mut known = Known {
            corpus,
            read_source,
            outlet_by_domain: HashMap::new(),
            outlet_by_name: HashMap::new(),
            topic_by_title: HashMap::new(),
            proposition_by_text: HashMap::new(),
            article_by_url: HashMap::new(),
            article_by_hash: HashMap::new(),
            claim_by_quote: HashMap::new(),
            stance_from: HashMap::new(),
            existing_texts: HashMap::new(),
            appended_at: HashMap::new(),
            ids: Default::default(),
        };
        for definition in corpus.definitions() {
            let slot = match definition.kind {
                "outlet" => OUTLET,
                "topic" => TOPIC,
                "proposition" => PROPOSITION,
                "article" => ARTICLE,
                _ => CLAIM,
            };
            known.ids[slot].take(definition.id);
        }
        for o in corpus.outlets.iter().map(|item| &item.value) {
            for domain in &o.domains {
                known
                    .outlet_by_domain
                    .entry(bare(domain))
                    .or_insert_with(|| o.id.clone());
            }
            known
                .outlet_by_name
                .entry(o.name.clone())
                .or_insert_with(|| o.id.clone());
        }
        for t in corpus.topics.iter().map(|item| &item.value) {
            known
                .topic_by_title
                .entry(collapse(&t.title))
                .or_insert((t.id.clone(), None));
        }
        for p in corpus.propositions.iter().map(|item| &item.value) {
            let key = (p.topic.clone(), collapse(&p.proposition.text));
            known
                .proposition_by_text
                .entry(key)
                .or_insert_with(|| p.proposition.id.clone());
        }
        for (i, a) in corpus.articles.iter().enumerate() {
            if let Some(url) = a.value.url.as_deref().and_then(normalize_url) {
                known.article_by_url.entry(url).or_insert(ArticleAt::Existing(i));
            }
            known
                .article_by_hash
                .entry(a.value.sha256.clone())
                .or_insert(ArticleAt::Existing(i));
        }
        for (i, c) in corpus.claims.iter().enumerate() {
            let key = (c.value.article.to_string(), c.value.quote.trim().to_string());
            known.claim_by_quote.entry(key).or_insert(ClaimAt::Existing(i));
            for s in &c.value.stances {
                known
                    .stance_from
                    .entry((c.value.id.to_string(), s.proposition.clone()))
                    .or_insert((s.stance, None));
            }
        }
        known
    }

    fn add(
        &mut self,
        plan: &mut Plan,
        row: &Row,
        file: &str,
        source_path: &mut dyn FnMut(&str, &str) -> String,
    ) -> Outcome {
        let place = row.place;
        let refused = |reason: String| Outcome::Refused { place, reason };
        let topic_known = self.topic_by_title.get(&row.topic).cloned();
        let proposition_known = topic_known
            .as_ref()
            .and_then(|(topic, _)| self.proposition_by_text.get(&(topic.clone(), row.proposition.clone())))
            .cloned();
        if let (Some((topic, None)), None) = (&topic_known, &proposition_known) {
            return refused(format!(
                "topic `{topic}` was defined before and has no proposition \"{}\"; add the proposition to it, then import again",
                crate::diagnostic::excerpt(&row.proposition)
            ));
        }
        let text = source_text(row);
        let sha256 = hex(&Sha256::digest(text.as_bytes()));
        let url = row.url.as_deref().and_then(normalize_url);
        let found = match &url {
            Some(url) => self.article_by_url.get(url).copied(),
            None => self.article_by_hash.get(&sha256).copied(),
        };
        // Everything that can refuse the row is settled before anything is made for it.
        if let Some(at) = found {
            if !self.holds_quote(plan, at, &row.quote) {
                return refused(format!(
                    "its url is that of article `{}`, whose text does not hold this row's quote",
                    self.article_id(plan, at)
                ));
            }
        }
        let article_key = found.map(|at| self.article_id(plan, at));
        let claim_at = article_key.as_ref().and_then(|id| {
            self.claim_by_quote
                .get(&(id.clone(), row.quote.trim().to_string()))
                .copied()
        });
        if let Some(at) = claim_at {
            let claim = self.claim_id(plan, at);
            let given = proposition_known
                .as_ref()
                .and_then(|p| self.stance_from.get(&(claim.clone(), p.clone())));
            match given {
                Some((stance, _)) if *stance != row.stance => {
                    return refused(format!(
                        "claim `{claim}` already {} proposition `{}`; this row says it {}",
                        stance.as_str(),
                        proposition_known.as_deref().unwrap_or_default(),
                        row.stance.as_str()
                    ));
                }
                Some((_, Some(with))) => return Outcome::Merged { place, with: *with },
                Some((_, None)) => return Outcome::Present { place, claim },
                None if matches!(at, ClaimAt::Existing(_)) => {
                    return refused(format!(
                        "it adds a stance to claim `{claim}`, imported before; add the stance by hand"
                    ));
                }
                None => {}
            }
        }
        // The row is imported: make what it needs.
        let outlet = self.outlet(plan, row);
        let (topic, at) = match topic_known {
            Some(known) => known,
            None => (self.ids[TOPIC].unique(&or_default(slug(&row.topic, 6), "topic")), None),
        };
        let proposition = match proposition_known {
            Some(id) => id,
            None => self.ids[PROPOSITION].unique(&or_default(slug(&row.proposition, 8), "proposition")),
        };
        let topic = self.topic(plan, row, topic, at, &proposition);
        let article = match found {
            Some(at) => at,
            None => self.new_article(plan, row, &outlet, text, sha256, url, source_path),
        };
        let article_id = self.article_id(plan, article);
        let stance = StanceOn {
            proposition: proposition.clone(),
            stance: row.stance,
            certainty: None,
        };
        let claim = match claim_at.and_then(|at| claim_mut(plan, at)) {
            Some(claim) => {
                if !claim.topics.contains(&topic) {
                    claim.topics.push(topic);
                }
                claim.stances.push(stance);
                claim.id.to_string()
            }
            None => self.new_claim(plan, row, article, &article_id, topic, stance, file),
        };
        self.stance_from
            .insert((claim.clone(), proposition), (row.stance, Some(place)));
        Outcome::Imported { place, claim }
    }

    fn outlet(&mut self, plan: &mut Plan, row: &Row) -> String {
        let from_url = row.url.as_deref().and_then(url_domain);
        let given = row.outlet.as_deref().map(str::trim);
        let domain = match given.map(bare) {
            Some(d) if is_domain(&d) => Some(d),
            Some(_) => None,
            None => from_url.clone(),
        };
        let existing = domain
            .as_ref()
            .and_then(|d| self.outlet_by_domain.get(d))
            .or_else(|| given.and_then(|name| self.outlet_by_name.get(name)));
        if let Some(id) = existing {
            return id.clone();
        }
        let name = given.map_or_else(|| domain.clone().unwrap_or_default(), str::to_string);
        let id = self.ids[OUTLET].unique(&or_default(slug(&name, 6), "outlet"));
        let domains: Vec<String> = domain
            .iter()
            .chain(from_url.iter())
            .filter(|d| is_domain(d))
            .cloned()
            .collect();
        let mut unique_domains = Vec::new();
        for d in domains {
            if !unique_domains.contains(&d) {
                self.outlet_by_domain.insert(d.clone(), id.clone());
                unique_domains.push(d);
            }
        }
        self.outlet_by_name.insert(name.clone(), id.clone());
        plan.outlets.push(Outlet {
            id: id.clone(),
            name,
            country: UNKNOWN_COUNTRY.to_string(),
            ownership: Ownership::Unknown,
            kind: None,
            homepage: None,
            domains: unique_domains,
        });
        id
    }

    /// The topic's id, made with the proposition when new to the project.
    fn topic(&mut self, plan: &mut Plan, row: &Row, id: String, at: Option<usize>, proposition: &str) -> String {
        let index = match (self.topic_by_title.get(&row.topic), at) {
            (Some(_), Some(index)) => Some(index),
            (Some(_), None) => None,
            (None, _) => {
                plan.topics.push(Topic {
                    id: id.clone(),
                    title: row.topic.clone(),
                    description: None,
                    propositions: Vec::new(),
                });
                let index = plan.topics.len() - 1;
                self.topic_by_title.insert(row.topic.clone(), (id.clone(), Some(index)));
                Some(index)
            }
        };
        let key = (id.clone(), row.proposition.clone());
        if let (Some(index), false) = (index, self.proposition_by_text.contains_key(&key)) {
            plan.topics[index].propositions.push(Proposition {
                id: proposition.to_string(),
                text: row.proposition.clone(),
                verdict: None,
            });
            self.proposition_by_text.insert(key, proposition.to_string());
        }
        id
    }

    #[allow(clippy::too_many_arguments)]
    fn new_article(
        &mut self,
        plan: &mut Plan,
        row: &Row,
        outlet: &str,
        text: String,
        sha256: String,
        url: Option<String>,
        source_path: &mut dyn FnMut(&str, &str) -> String,
    ) -> ArticleAt {
        let id = self.ids[ARTICLE].unique(&article_id(outlet, row.date, &row.quote));
        let at = ArticleAt::New(plan.articles.len());
        if let Some(url) = url {
            self.article_by_url.insert(url, at);
        }
        self.article_by_hash.insert(sha256.clone(), at);
        plan.articles.push(NewArticle {
            article: Article {
                source: source_path(&id, &text),
                id,
                outlet: outlet.to_string(),
                title: collapse(&row.quote),
                sha256,
                published: Dated::bare(row.date),
                dateline: None,
                url: row.url.clone(),
                language: None,
                captured: None,
                ids: row.ids.clone(),
            },
            text,
            claims: Vec::new(),
        });
        at
    }

    #[allow(clippy::too_many_arguments)]
    fn new_claim(
        &mut self,
        plan: &mut Plan,
        row: &Row,
        article: ArticleAt,
        article_id: &str,
        topic: String,
        stance: StanceOn,
        file: &str,
    ) -> String {
        let id = self.ids[CLAIM].unique(article_id);
        let quote = row.quote.trim().to_string();
        let repeated = self
            .text_of(plan, article)
            .is_some_and(|text| anchor::Source::new(&text).find_all(&quote).len() > 1);
        let claim = Claim {
            id: id.as_str().into(),
            article: article_id.into(),
            speaker: None,
            mode: Mode::Narration,
            placement: None,
            verb: None,
            attribution: None,
            markers: Vec::new(),
            quote: quote.as_str().into(),
            prefix: None,
            suffix: None,
            // The stored text begins with the quote; a body that repeats it would leave the
            // claim ambiguous.
            occurrence: repeated.then_some(1),
            topics: vec![topic],
            stances: vec![stance],
            speaker_role: None,
            said_on: None,
            statement: None,
            language: None,
            translation_of: None,
            summary: None,
            notes: Some(format!("Imported from {file}, row {}.", row.place.row).into()),
        };
        let at = match article {
            ArticleAt::New(index) => {
                let claims = &mut plan.articles[index].claims;
                claims.push(claim);
                ClaimAt::New {
                    article: index,
                    claim: claims.len() - 1,
                }
            }
            ArticleAt::Existing(_) => {
                let list = *self.appended_at.entry(article_id.to_string()).or_insert_with(|| {
                    plan.appended.push((article_id.to_string(), Vec::new()));
                    plan.appended.len() - 1
                });
                plan.appended[list].1.push(claim);
                ClaimAt::Appended {
                    list,
                    claim: plan.appended[list].1.len() - 1,
                }
            }
        };
        self.claim_by_quote.insert((article_id.to_string(), quote), at);
        id
    }

    fn article_id(&self, plan: &Plan, at: ArticleAt) -> String {
        match at {
            ArticleAt::Existing(i) => self.corpus.articles[i].value.id.clone(),
            ArticleAt::New(i) => plan.articles[i].article.id.clone(),
        }
    }

    fn claim_id(&self, plan: &Plan, at: ClaimAt) -> String {
        match at {
            ClaimAt::Existing(i) => self.corpus.claims[i].value.id.to_string(),
            ClaimAt::New { article, claim } => plan.articles[article].claims[claim].id.to_string(),
            ClaimAt::Appended { list, claim } => plan.appended[list].1[claim].id.to_string(),
        }
    }

    fn text_of(&mut self, plan: &Plan, at: ArticleAt) -> Option<String> {
        match at {
            ArticleAt::New(i) => Some(plan.articles[i].text.clone()),
            ArticleAt::Existing(i) => {
                let read = self.read_source;
                let corpus = self.corpus;
                self.existing_texts
                    .entry(i)
                    .or_insert_with(|| read(&corpus.articles[i].value))
                    .clone()
            }
        }
    }

    fn holds_quote(&mut self, plan: &Plan, at: ArticleAt, quote: &str) -> bool {
        self.text_of(plan, at)
            .is_some_and(|text| !anchor::Source::new(&text).find_all(quote.trim()).is_empty())
    }
}

/// A claim made in this run, to add a stance to; `None` for one defined before, which is never
/// changed.
fn claim_mut(plan: &mut Plan, at: ClaimAt) -> Option<&mut Claim> {
    match at {
        ClaimAt::New { article, claim } => plan.articles.get_mut(article)?.claims.get_mut(claim),
        ClaimAt::Appended { list, claim } => plan.appended.get_mut(list)?.1.get_mut(claim),
        ClaimAt::Existing(_) => None,
    }
}

/// The stored text of a row's article: the quote (its headline) on the first line, the url on
/// the next when there is one, then the body.
pub fn source_text(row: &Row) -> String {
    let mut text = row.quote.trim().to_string();
    text.push('\n');
    if let Some(url) = &row.url {
        text.push_str(url);
        text.push('\n');
    }
    if let Some(body) = &row.body {
        text.push('\n');
        text.push_str(body.trim());
        text.push('\n');
    }
    text
}

/// A domain as outlets' `domains` compare it: lower case, without `www.`.
fn bare(domain: &str) -> String {
    let lower = domain.trim().to_lowercase();
    lower.strip_prefix("www.").unwrap_or(&lower).to_string()
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn or_default(id: String, fallback: &str) -> String {
    if id.is_empty() { fallback.to_string() } else { id }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
