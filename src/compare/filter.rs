//! Which claims a view shows.
//!
//! Values of one filter are alternatives (`--topic a --topic b`: either topic); different
//! filters must all hold. Dates follow one rule: a claim is dropped only when its date can be
//! shown to lie outside the range, so an article dated only "2021" stays in `--since 2021-06`.

use crate::model::PartialDate;

use super::claim::ClaimRef;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub topics: Vec<String>,
    pub outlets: Vec<String>,
    pub speakers: Vec<String>,
    pub propositions: Vec<String>,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
}

/// A filter value that cannot select anything: a typo'd id, or an empty date range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    pub message: String,
    pub help: Option<String>,
}

impl Filter {
    /// A range no date can be in is an error rather than an empty view.
    pub(super) fn check_dates(&self) -> Result<(), FilterError> {
        if let (Some(since), Some(until)) = (self.since, self.until) {
            if since.is_certainly_after(until) {
                return Err(FilterError {
                    message: format!("`--since {since}` is after `--until {until}`: no date can match"),
                    help: Some("swap the two dates".to_string()),
                });
            }
        }
        Ok(())
    }

    /// Whether a claim passes every filter. Topic and proposition filters also limit which
    /// tables and rows a view shows; see [`Filter::shows_topic`] and [`Filter::shows_proposition`].
    pub fn keeps(&self, claim: &ClaimRef<'_>) -> bool {
        let c = claim.claim;
        (self.topics.is_empty() || c.topics.iter().any(|t| self.topics.contains(t)))
            && (self.outlets.is_empty() || self.outlets.contains(&claim.outlet.id))
            && (self.speakers.is_empty() || claim.speaker_id().is_some_and(|s| self.speakers.iter().any(|x| x == s)))
            && (self.propositions.is_empty() || c.stances.iter().any(|s| self.propositions.contains(&s.proposition)))
            && within_dates(claim.date, self.since, self.until)
    }

    pub fn shows_topic(&self, topic: &str) -> bool {
        self.topics.is_empty() || self.topics.iter().any(|t| t == topic)
    }

    pub fn shows_proposition(&self, proposition: &str) -> bool {
        self.propositions.is_empty() || self.propositions.iter().any(|p| p == proposition)
    }

    /// Whether the "no stance" row of a topic belongs in the view: not when the reader asked
    /// for particular propositions.
    pub fn shows_unstanced(&self) -> bool {
        self.propositions.is_empty()
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// The date rule. `--since D` drops a claim only if its latest possible day is before D's
/// earliest day; `--until D` only if its earliest possible day is after D's latest day. An
/// unknown date cannot be shown to be outside any range, so it is kept.
pub fn within_dates(date: PartialDate, since: Option<PartialDate>, until: Option<PartialDate>) -> bool {
    let Some(bounds) = date.bounds() else {
        return true;
    };
    let after_since = since
        .and_then(PartialDate::bounds)
        .is_none_or(|s| bounds.latest >= s.earliest);
    let before_until = until
        .and_then(PartialDate::bounds)
        .is_none_or(|u| bounds.earliest <= u.latest);
    after_since && before_until
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn d(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn a_year_is_inside_a_range_it_overlaps() {
        assert!(within_dates(d("2021"), Some(d("2021-06")), None));
        assert!(within_dates(d("2021"), None, Some(d("2021-06"))));
        assert!(within_dates(d("2021"), Some(d("2021-12-31")), Some(d("2022"))));
    }

    #[test]
    fn since_drops_only_what_certainly_ends_before() {
        assert!(!within_dates(d("2021-05"), Some(d("2021-06")), None));
        assert!(!within_dates(d("2021-05-31"), Some(d("2021-06")), None));
        assert!(within_dates(d("2021-06-01"), Some(d("2021-06")), None));
        assert!(within_dates(d("2021-06"), Some(d("2021-06-30")), None));
        assert!(!within_dates(d("2020"), Some(d("2021")), None));
    }

    #[test]
    fn until_drops_only_what_certainly_starts_after() {
        assert!(within_dates(d("2021-06-30"), None, Some(d("2021-06"))));
        assert!(!within_dates(d("2021-07-01"), None, Some(d("2021-06"))));
        assert!(within_dates(d("2021-07"), None, Some(d("2021-07-01"))));
        assert!(!within_dates(d("2022"), None, Some(d("2021-12-31"))));
    }

    #[test]
    fn unknown_dates_are_kept() {
        assert!(within_dates(PartialDate::Unknown, Some(d("2030")), Some(d("2030"))));
    }

    #[test]
    fn month_ends_follow_the_calendar() {
        // February 2024 has 29 days: a claim on the 29th is inside `--until 2024-02`.
        assert!(within_dates(d("2024-02-29"), None, Some(d("2024-02"))));
        assert!(!within_dates(d("2024-03-01"), None, Some(d("2024-02"))));
    }
}
