//! Dates that carry their precision: "2021", "2021-06", "2021-06-22" or "unknown". The written
//! form is the precision, so a curator can never record more than the source gives.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Unknown,
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
}

/// The first and last calendar day a partial date may stand for, as `(year, month, day)`
/// tuples, which order chronologically.
pub type Day = (u16, u8, u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateBounds {
    pub earliest: Day,
    pub latest: Day,
}

impl PartialDate {
    pub fn precision(self) -> Precision {
        match self {
            PartialDate::Unknown => Precision::Unknown,
            PartialDate::Year(_) => Precision::Year,
            PartialDate::Month(..) => Precision::Month,
            PartialDate::Day(..) => Precision::Day,
        }
    }

    /// The interval of days the date covers; `None` when the date is unknown.
    pub fn bounds(self) -> Option<DateBounds> {
        let (earliest, latest) = match self {
            PartialDate::Unknown => return None,
            PartialDate::Year(y) => ((y, 1, 1), (y, 12, 31)),
            PartialDate::Month(y, m) => ((y, m, 1), (y, m, days_in_month(y, m))),
            PartialDate::Day(y, m, d) => ((y, m, d), (y, m, d)),
        };
        Some(DateBounds { earliest, latest })
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
        // At most four parts: a fourth means too many, and a value of a million hyphens must
        // not become a million parts.
        let parts: Vec<&str> = text.splitn(4, '-').collect();
        let number = |part: &str, digits: usize| -> Option<u16> {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let invalid = || {
            format!(
                "invalid date `{}`: write `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `unknown`, no more precise than the source",
                crate::diagnostic::excerpt(text)
            )
        };
        let year = parts.first().and_then(|p| number(p, 4)).ok_or_else(invalid)?;
        let month = match parts.get(1) {
            None => return Ok(PartialDate::Year(year)),
            Some(p) => number(p, 2)
                .and_then(|m| u8::try_from(m).ok())
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(invalid)?,
        };
        let day = match parts.get(2) {
            None => return Ok(PartialDate::Month(year, month)),
            Some(p) => number(p, 2)
                .and_then(|d| u8::try_from(d).ok())
                .filter(|d| (1..=days_in_month(year, month)).contains(d))
                .ok_or_else(invalid)?,
        };
        if parts.len() > 3 {
            return Err(invalid());
        }
        Ok(PartialDate::Day(year, month, day))
    }
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
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Precision::Unknown => "unknown",
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
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
                f.write_str("a date as YYYY, YYYY-MM, YYYY-MM-DD or `unknown`")
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
}
