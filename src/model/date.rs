//! Dates that carry their precision: "2021", "2021-06", "2021-06-22" or "unknown". The written
//! form is the precision, so a curator can never record more than the source gives. A date known
//! only to lie on one side of a day (a dataset's "published on or before 2014-09-05", an
//! archive's first capture) is written with its bounds: "on or before 2014-09-05", "on or after
//! 2014-09", "between 2014-09-01 and 2014-09-05"; each bound keeps its own precision.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Unknown,
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
    /// Some day no later than the last day of the point.
    OnOrBefore(Point),
    /// Some day no earlier than the first day of the point.
    OnOrAfter(Point),
    /// Some day from the first day of the first point to the last day of the second.
    Between(Point, Point),
}

/// A year, a month or a day: one bound of a date known only by its bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    Year(u16),
    Month(u16, u8),
    Day(u16, u8, u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Unknown,
    Year,
    Month,
    Day,
    /// Known only by one or two bounds.
    Bounded,
}

/// The first and last calendar day a partial date may stand for, as `(year, month, day)`
/// tuples, which order chronologically.
pub type Day = (u16, u8, u8);

/// The first and last day a date may stand for. An open end is the first or last day a date can
/// be written with (0000-01-01, 9999-12-31), so comparisons need no special case; use
/// [`PartialDate::earliest`] and [`PartialDate::latest`] to tell an open end from a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateBounds {
    pub earliest: Day,
    pub latest: Day,
}

/// Before every day a date can be written with.
pub const OPEN_START: Day = (0, 1, 1);
/// After every day a date can be written with.
pub const OPEN_END: Day = (9999, 12, 31);

impl Point {
    fn earliest(self) -> Day {
        match self {
            Point::Year(y) => (y, 1, 1),
            Point::Month(y, m) => (y, m, 1),
            Point::Day(y, m, d) => (y, m, d),
        }
    }

    fn latest(self) -> Day {
        match self {
            Point::Year(y) => (y, 12, 31),
            Point::Month(y, m) => (y, m, days_in_month(y, m)),
            Point::Day(y, m, d) => (y, m, d),
        }
    }
}

impl From<Point> for PartialDate {
    fn from(point: Point) -> PartialDate {
        match point {
            Point::Year(y) => PartialDate::Year(y),
            Point::Month(y, m) => PartialDate::Month(y, m),
            Point::Day(y, m, d) => PartialDate::Day(y, m, d),
        }
    }
}

impl PartialDate {
    pub fn precision(self) -> Precision {
        match self {
            PartialDate::Unknown => Precision::Unknown,
            PartialDate::Year(_) => Precision::Year,
            PartialDate::Month(..) => Precision::Month,
            PartialDate::Day(..) => Precision::Day,
            PartialDate::OnOrBefore(_) | PartialDate::OnOrAfter(_) | PartialDate::Between(..) => Precision::Bounded,
        }
    }

    /// The year, month or day the date is, when it is one (not unknown, not bounded).
    pub fn point(self) -> Option<Point> {
        match self {
            PartialDate::Year(y) => Some(Point::Year(y)),
            PartialDate::Month(y, m) => Some(Point::Month(y, m)),
            PartialDate::Day(y, m, d) => Some(Point::Day(y, m, d)),
            _ => None,
        }
    }

    /// The interval of days the date covers; `None` when the date is unknown. Open ends are
    /// [`OPEN_START`] and [`OPEN_END`].
    pub fn bounds(self) -> Option<DateBounds> {
        let (earliest, latest) = match self {
            PartialDate::Unknown => return None,
            PartialDate::OnOrBefore(p) => (OPEN_START, p.latest()),
            PartialDate::OnOrAfter(p) => (p.earliest(), OPEN_END),
            PartialDate::Between(from, to) => (from.earliest(), to.latest()),
            date => {
                let p = date.point()?;
                (p.earliest(), p.latest())
            }
        };
        Some(DateBounds { earliest, latest })
    }

    /// The first day the date may stand for; `None` when unknown or open at the start.
    pub fn earliest(self) -> Option<Day> {
        self.bounds().map(|b| b.earliest).filter(|day| *day != OPEN_START)
    }

    /// The last day the date may stand for; `None` when unknown or open at the end.
    pub fn latest(self) -> Option<Day> {
        self.bounds().map(|b| b.latest).filter(|day| *day != OPEN_END)
    }

    /// True only when every day this date may stand for comes after every day `other` may:
    /// "2021" is not after "2021-06", but "2021-07" is after "2021-06-30".
    pub fn is_certainly_after(self, other: PartialDate) -> bool {
        match (self.bounds(), other.bounds()) {
            (Some(a), Some(b)) => a.earliest > b.latest,
            _ => false,
        }
    }

    pub fn parse(text: &str) -> Result<PartialDate, String> {
        let text = text.trim();
        if text == "unknown" {
            return Ok(PartialDate::Unknown);
        }
        let invalid = || format!("invalid date `{}`: {FORMS}", crate::diagnostic::excerpt(text));
        let point = |written: &str| Point::parse(written).ok_or_else(invalid);
        if let Some(rest) = text.strip_prefix("on or before ") {
            return Ok(PartialDate::OnOrBefore(point(rest)?));
        }
        if let Some(rest) = text.strip_prefix("on or after ") {
            return Ok(PartialDate::OnOrAfter(point(rest)?));
        }
        if let Some((from, to)) = text.strip_prefix("between ").and_then(|rest| rest.split_once(" and ")) {
            let (from, to) = (point(from)?, point(to)?);
            if from.earliest() > to.latest() {
                return Err(format!(
                    "invalid date `{}`: its first bound is after its second; write the earlier one first",
                    crate::diagnostic::excerpt(text)
                ));
            }
            return Ok(PartialDate::Between(from, to));
        }
        Point::parse(text).map(PartialDate::from).ok_or_else(invalid)
    }
}

/// Every way a date is written, for messages.
pub const FORMS: &str = "write `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `unknown`, no more precise than the source, or bounds such as `on or before 2014-09-05`, `on or after 2014-09`, `between 2014-09-01 and 2014-09-05`";

impl Point {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month and day that exist.
    pub fn parse(text: &str) -> Option<Point> {
        // At most four parts: a fourth means too many, and a value of a million hyphens must
        // not become a million parts.
        let parts: Vec<&str> = text.splitn(4, '-').collect();
        let number = |part: &str, digits: usize| -> Option<u16> {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let year = number(parts.first()?, 4)?;
        let month = match parts.get(1) {
            None => return Some(Point::Year(year)),
            Some(p) => number(p, 2)
                .and_then(|m| u8::try_from(m).ok())
                .filter(|m| (1..=12).contains(m))?,
        };
        let day = match parts.get(2) {
            None => return Some(Point::Month(year, month)),
            Some(p) => number(p, 2)
                .and_then(|d| u8::try_from(d).ok())
                .filter(|d| (1..=days_in_month(year, month)).contains(d))?,
        };
        (parts.len() == 3).then_some(Point::Day(year, month, day))
    }
}

/// Whether `text` says when a source was captured: a day `YYYY-MM-DD` that exists, optionally
/// followed by an RFC 3339 time with seconds and an offset (`T10:22:00Z`, `T10:22:00.5+03:00`).
pub fn is_capture_time(text: &str) -> bool {
    let (day, time) = match text.split_once('T') {
        Some((day, time)) => (day, Some(time)),
        None => (text, None),
    };
    if day.len() != 10 || !matches!(Point::parse(day), Some(Point::Day(..))) {
        return false;
    }
    let Some(time) = time else {
        return true;
    };
    let (clock, offset) = match time.strip_suffix('Z') {
        Some(clock) => (clock, None),
        None if time.len() > 6 => {
            let (clock, offset) = time.split_at(time.len() - 6);
            (clock, Some(offset))
        }
        None => return false,
    };
    let two = |s: &str, max: u8| {
        s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u8>().is_ok_and(|n| n <= max)
    };
    let (whole, fraction) = match clock.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (clock, None),
    };
    let parts: Vec<&str> = whole.split(':').collect();
    let clock_ok = matches!(parts.as_slice(), [h, m, s] if two(h, 23) && two(m, 59) && two(s, 60))
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    let offset_ok = offset.is_none_or(|o| {
        let (sign, rest) = o.split_at(1);
        matches!(sign, "+" | "-") && matches!(rest.split_once(':'), Some((h, m)) if two(h, 23) && two(m, 59))
    });
    clock_ok && offset_ok
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Unknown => f.write_str("unknown"),
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
            PartialDate::OnOrBefore(p) => write!(f, "on or before {p}"),
            PartialDate::OnOrAfter(p) => write!(f, "on or after {p}"),
            PartialDate::Between(from, to) => write!(f, "between {from} and {to}"),
        }
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        PartialDate::from(*self).fmt(f)
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Precision::Unknown => "unknown",
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
            Precision::Bounded => "bounded",
        })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as YYYY, YYYY-MM, YYYY-MM-DD, `unknown` or its bounds")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).map_err(E::custom)
            }
            // An unquoted year such as `2021` reaches us as a YAML integer.
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<PartialDate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<PartialDate, E> {
                self.visit_str(&v.to_string())
            }
        }
        deserializer.deserialize_any(DateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for (text, precision) in [
            ("unknown", Precision::Unknown),
            ("2021", Precision::Year),
            ("2021-06", Precision::Month),
            ("2024-02-29", Precision::Day),
            ("on or before 2014-09-05", Precision::Bounded),
            ("on or after 2014-09", Precision::Bounded),
            ("between 2014 and 2015-03", Precision::Bounded),
        ] {
            let date = PartialDate::parse(text);
            assert_eq!(
                date.map(|d| (d.precision(), d.to_string())),
                Ok((precision, text.to_string()))
            );
        }
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "21",
            "2021-6",
            "2021-13",
            "2023-02-29",
            "2021-04-31",
            "2021-01-01-01",
            "June 2021",
            "",
            "on or before",
            "on or before unknown",
            "on  or before 2014",
            "before 2014",
            "between 2014",
            "between 2015 and 2014-12",
            "between 2014-09-05 and 2014-09-04",
            "on or after 2014-02-30",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn after_means_after_every_day_the_other_may_be() {
        let d = |s| PartialDate::parse(s).unwrap_or(PartialDate::Unknown);
        assert!(d("2021-07").is_certainly_after(d("2021-06-30")));
        assert!(!d("2021").is_certainly_after(d("2021-06")));
        assert!(!d("2021-06-30").is_certainly_after(d("2021-06")));
        assert!(!d("2022").is_certainly_after(d("unknown")));
        assert!(d("2022").is_certainly_after(d("2021")));
    }

    #[test]
    fn bounds_know_month_lengths() {
        let feb = PartialDate::parse("2020-02").ok().and_then(PartialDate::bounds);
        assert_eq!(feb.map(|b| b.latest), Some((2020, 2, 29)));
    }

    #[test]
    fn bounds_leave_the_open_end_open() {
        let d = |s| PartialDate::parse(s).unwrap_or(PartialDate::Unknown);
        let before = d("on or before 2014-09");
        assert_eq!(before.earliest(), None);
        assert_eq!(before.latest(), Some((2014, 9, 30)));
        let after = d("on or after 2014-09");
        assert_eq!(after.earliest(), Some((2014, 9, 1)));
        assert_eq!(after.latest(), None);
        let between = d("between 2014 and 2015-02");
        assert_eq!(
            between.bounds().map(|b| (b.earliest, b.latest)),
            Some(((2014, 1, 1), (2015, 2, 28)))
        );
        assert_eq!(d("unknown").earliest(), None);
    }

    #[test]
    fn a_bounded_date_is_after_only_what_its_earliest_day_follows() {
        let d = |s| PartialDate::parse(s).unwrap_or(PartialDate::Unknown);
        assert!(d("2014-09-10").is_certainly_after(d("on or before 2014-09-05")));
        assert!(!d("2014-09-05").is_certainly_after(d("on or before 2014-09-05")));
        assert!(!d("on or after 2014-09-01").is_certainly_after(d("2014-09-05")));
        assert!(d("on or after 2014-09-06").is_certainly_after(d("2014-09-05")));
        assert!(!d("on or before 2030").is_certainly_after(d("2014")));
    }

    #[test]
    fn capture_times_are_days_or_rfc_3339_times() {
        for good in [
            "2014-09-05",
            "2014-09-05T10:22:00Z",
            "2014-09-05T10:22:00.25+03:00",
            "2016-12-31T23:59:60Z",
        ] {
            assert!(is_capture_time(good), "{good}");
        }
        for bad in [
            "2014-09",
            "2014-02-30",
            "2014-09-05T10:22Z",
            "2014-09-05T24:00:00Z",
            "2014-09-05T10:22:00",
            "2014-09-05 10:22:00Z",
            "2014-09-05T10:22:00.Z",
            "2014-09-05T10:22:00+0300",
            "yesterday",
        ] {
            assert!(!is_capture_time(bad), "{bad}");
        }
    }
}
