//! Dates: parsing any text never panics, and a date that parses prints back to a text that
//! parses to the same date.

#![no_main]

use crossclaim::model::PartialDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(date) = PartialDate::parse(text) {
        let printed = date.to_string();
        assert_eq!(
            PartialDate::parse(&printed),
            Ok(date),
            "{text:?} printed as {printed:?}"
        );
        if let Some(bounds) = date.bounds() {
            assert!(bounds.earliest <= bounds.latest, "{text:?}");
        }
    }
});
