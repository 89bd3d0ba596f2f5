use crate::check::Index;
use crate::model::{Article, Certainty, Claim, Corpus, Outlet, PartialDate, Speaker, Stance};

/// A claim with everything a view shows about it looked up: its article, outlet, who speaks and
/// when. Built once per claim; views only borrow it.
#[derive(Debug, Clone, Copy)]
pub struct ClaimRef<'a> {
    /// Position of the claim in `Corpus::claims`, which is file order.
    pub index: usize,
    pub claim: &'a Claim,
    pub article: &'a Article,
    pub outlet: &'a Outlet,
    pub voice: Voice<'a>,
    /// The statement's date if the article gives one, else the article's date.
    pub date: PartialDate,
    pub dated_by: DatedBy,
    /// `check` finds an error in the claim (a quote that no longer anchors, say): views mark it.
    pub has_errors: bool,
}

/// Who speaks in a claim.
#[derive(Debug, Clone, Copy)]
pub enum Voice<'a> {
    /// A person or institution, with the role the article gives them (else their record's).
    Speaker {
        speaker: &'a Speaker,
        role: Option<&'a str>,
    },
    /// The outlet asserting something in its own voice.
    Narration(&'a Outlet),
}

/// Where a claim's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatedBy {
    /// `said_on`: the article dates the statement.
    Statement,
    /// The article's publication date: the statement was made then or before.
    Article,
}

impl<'a> ClaimRef<'a> {
    /// Looks up a claim's references; `None` if one does not resolve (which `check` reports as
    /// an error, so views never see it).
    pub fn resolve(index: &Index<'a>, position: usize, claim: &'a Claim) -> Option<ClaimRef<'a>> {
        let article = &index.articles.get(claim.article.as_ref())?.value;
        let outlet = &index.outlets.get(article.outlet.as_str())?.value;
        let voice = match &claim.speaker {
            Some(id) => {
                let speaker = &index.speakers.get(id.as_ref())?.value;
                let role = claim.speaker_role.as_deref().or(speaker.role.as_deref());
                Voice::Speaker { speaker, role }
            }
            None => Voice::Narration(outlet),
        };
        let (date, dated_by) = match claim.said_on_date() {
            Some(said) if said != PartialDate::Unknown => (said, DatedBy::Statement),
            _ => (article.published.date, DatedBy::Article),
        };
        Some(ClaimRef {
            index: position,
            claim,
            article,
            outlet,
            voice,
            date,
            dated_by,
            has_errors: false,
        })
    }

    /// Every claim of the corpus whose references resolve, in file order.
    pub fn all(corpus: &'a Corpus, index: &Index<'a>) -> Vec<ClaimRef<'a>> {
        corpus
            .claims
            .iter()
            .enumerate()
            .filter_map(|(i, item)| ClaimRef::resolve(index, i, &item.value))
            .collect()
    }

    pub fn id(&self) -> &'a str {
        &self.claim.id
    }

    /// The claim's stance on one proposition, if it takes one.
    pub fn stance_on(&self, proposition: &str) -> Option<Stance> {
        self.claim
            .stances
            .iter()
            .find(|s| s.proposition == proposition)
            .map(|s| s.stance)
    }

    /// How firmly the claim holds its stance on one proposition; `certain` if it takes none.
    pub fn certainty_on(&self, proposition: &str) -> Certainty {
        self.claim
            .stances
            .iter()
            .find(|s| s.proposition == proposition)
            .map_or(Certainty::Certain, |s| s.certainty())
    }

    /// The topics the claim lists, each once, in the order given.
    pub fn topics(&self) -> impl Iterator<Item = &'a str> {
        let topics = &self.claim.topics;
        topics
            .iter()
            .enumerate()
            .filter(move |(i, t)| !topics[..*i].contains(t))
            .map(|(_, t)| t.as_str())
    }

    /// The speaker's id, or `None` for narration.
    pub fn speaker_id(&self) -> Option<&'a str> {
        match self.voice {
            Voice::Speaker { speaker, .. } => Some(&speaker.id),
            Voice::Narration(_) => None,
        }
    }
}

/// Reading order across a cell: older articles first, then the order of the claim files, which
/// follows the text of each article.
pub fn reading_order(a: &ClaimRef<'_>, b: &ClaimRef<'_>) -> std::cmp::Ordering {
    reading_key(a).cmp(&reading_key(b))
}

/// What [`reading_order`] compares, for sorting many claims with each key worked out once.
pub fn reading_key(claim: &ClaimRef<'_>) -> impl Ord + use<> {
    let published = claim.article.published.date.bounds().map(|b| b.earliest);
    // Undated articles sort last.
    (published.is_none(), published, claim.index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dated, Mode};

    #[test]
    fn a_topic_listed_twice_counts_once() {
        let claim = Claim {
            id: "c".into(),
            article: "a".into(),
            speaker: None,
            mode: Mode::Narration,
            placement: None,
            verb: None,
            attribution: None,
            markers: Vec::new(),
            quote: "q".into(),
            prefix: None,
            suffix: None,
            occurrence: None,
            topics: vec!["kurds".into(), "daesh".into(), "kurds".into()],
            stances: Vec::new(),
            speaker_role: None,
            said_on: None,
            statement: None,
            language: None,
            translation_of: None,
            summary: None,
            notes: None,
        };
        let article = Article {
            id: "a".into(),
            outlet: "o".into(),
            title: "t".into(),
            source: "s".into(),
            sha256: String::new(),
            published: Dated::bare(PartialDate::Year(2021)),
            dateline: None,
            url: None,
            captured: None,
            ids: Default::default(),
            language: None,
        };
        let outlet = Outlet {
            id: "o".into(),
            name: "O".into(),
            country: "GB".into(),
            ownership: crate::model::Ownership::Private,
            kind: None,
            homepage: None,
            domains: Vec::new(),
        };
        let c = ClaimRef {
            index: 0,
            claim: &claim,
            article: &article,
            outlet: &outlet,
            voice: Voice::Narration(&outlet),
            date: PartialDate::Year(2021),
            dated_by: DatedBy::Article,
            has_errors: false,
        };
        assert_eq!(c.topics().collect::<Vec<_>>(), vec!["kurds", "daesh"]);
    }
}
