//! Countries as ISO 3166-1 alpha-2 codes. The list is the isocountry crate's: the 249 codes ISO
//! assigns (ISO 3166-1:2020; none has been assigned since South Sudan's `SS` in 2011, and
//! isocountry 0.3.2, of December 2020, has every one). User-assigned codes such as Kosovo's
//! `XK` and withdrawn ones such as `AN` are not in it; `unknown` says the country is not
//! established.

use isocountry::CountryCode;

use super::UNKNOWN_COUNTRY;

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code, in capitals as the standard writes it.
pub fn is_assigned(code: &str) -> bool {
    CountryCode::for_alpha2(code).is_ok()
}

/// What an outlet's `country` may be: an assigned code or `unknown`.
pub fn is_valid_country(country: &str) -> bool {
    country == UNKNOWN_COUNTRY || is_assigned(country)
}

/// What to write instead of a country that is not an assigned code.
pub fn country_help(country: &str) -> String {
    let upper = country.to_ascii_uppercase();
    if upper != country && is_valid_country(&upper) {
        return format!("codes are written in capitals: `{upper}`");
    }
    match country {
        "UK" => "the United Kingdom's code is `GB`".to_string(),
        "XK" => {
            "`XK` (Kosovo) is user-assigned, not part of ISO 3166-1; write `unknown` or the code you mean".to_string()
        }
        _ => {
            "write the country's two-letter ISO 3166-1 code, e.g. `IR` or `RU`, or `unknown` when it is not established"
                .to_string()
        }
    }
}

/// Every assigned code, in alphabetical order.
pub fn assigned() -> Vec<&'static str> {
    CountryCode::iter_alpha2().map(CountryCode::alpha2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_the_249_assigned_codes() {
        let codes = assigned();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        // The latest additions, and codes often mistaken for assigned ones.
        for code in ["SS", "CW", "SX", "BQ", "GB", "RU", "IR", "MK", "SZ"] {
            assert!(is_assigned(code), "{code}");
        }
        for code in ["XK", "AN", "UK", "EU", "ZZ", "ru", "R", "RUS", ""] {
            assert!(!is_assigned(code), "{code}");
        }
    }

    #[test]
    fn unknown_is_a_country_value_but_not_a_code() {
        assert!(is_valid_country("unknown"));
        assert!(!is_assigned("unknown"));
        assert!(!is_valid_country("Unknown"));
    }
}
