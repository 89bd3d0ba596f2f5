//! What a plain scalar means under the YAML 1.2 core schema (yaml.org/spec/1.2.2, 10.3.2):
//! `~`, `null` or nothing is null, `true`/`false` a boolean, `12`, `0o14`, `0xC` integers,
//! `1.5`, `1e3`, `.inf`, `.nan` floats, and everything else a string. Quoted and block scalars
//! are always strings. A field that wants text uses this to refuse a plain `123`, `true` or `~`,
//! as JSON Schema validators that read YAML 1.2 do.

use super::tree::{Scalar, ScalarStyle};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resolved {
    Null,
    Bool(bool),
    /// Saturates beyond the range of `i128`.
    Int(i128),
    Float(f64),
    String,
}

impl Scalar {
    /// The scalar's core-schema type and value.
    pub fn resolve(&self) -> Resolved {
        if self.style == ScalarStyle::Plain {
            resolve_plain(&self.value)
        } else {
            Resolved::String
        }
    }
}

/// The core-schema type of a plain scalar's text.
pub fn resolve_plain(text: &str) -> Resolved {
    // Most plain scalars are words: anything that starts with a letter other than those that
    // begin `null`, `true`, `false` and their capitalized forms is a string.
    match text.as_bytes().first() {
        None => return Resolved::Null,
        Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'~' | b'n' | b'N' | b't' | b'T' | b'f' | b'F') => {}
        Some(_) => return Resolved::String,
    }
    match text {
        "~" | "null" | "Null" | "NULL" => return Resolved::Null,
        "true" | "True" | "TRUE" => return Resolved::Bool(true),
        "false" | "False" | "FALSE" => return Resolved::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Resolved::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Resolved::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Resolved::Float(f64::NAN),
        _ => {}
    }
    if let Some(int) = integer(text) {
        return Resolved::Int(int);
    }
    if is_float(text) {
        return Resolved::Float(text.parse().unwrap_or(f64::NAN));
    }
    Resolved::String
}

/// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
fn integer(text: &str) -> Option<i128> {
    let (radix, digits, negative) = if let Some(octal) = text.strip_prefix("0o") {
        (8, octal, false)
    } else if let Some(hex) = text.strip_prefix("0x") {
        (16, hex, false)
    } else if let Some(rest) = text.strip_prefix('-') {
        (10, rest, true)
    } else {
        (10, text.strip_prefix('+').unwrap_or(text), false)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let value = if radix == 10 {
        text.parse::<i128>()
    } else {
        i128::from_str_radix(digits, radix)
    };
    Some(value.unwrap_or(if negative { i128::MIN } else { i128::MAX }))
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
fn is_float(text: &str) -> bool {
    let rest = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => !fraction.is_empty() && digits(fraction),
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => !mantissa.is_empty() && digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::{Resolved, resolve_plain};

    #[test]
    fn resolves_the_core_schema_tags() {
        for null in ["", "~", "null", "Null", "NULL"] {
            assert_eq!(resolve_plain(null), Resolved::Null, "{null:?}");
        }
        assert_eq!(resolve_plain("true"), Resolved::Bool(true));
        assert_eq!(resolve_plain("FALSE"), Resolved::Bool(false));
        for (text, value) in [
            ("2021", 2021),
            ("-7", -7),
            ("+3", 3),
            ("0o17", 15),
            ("0x1F", 31),
            ("007", 7),
        ] {
            assert_eq!(resolve_plain(text), Resolved::Int(value), "{text}");
        }
        assert_eq!(
            resolve_plain("99999999999999999999999999999999999999999"),
            Resolved::Int(i128::MAX)
        );
        assert_eq!(
            resolve_plain("-99999999999999999999999999999999999999999"),
            Resolved::Int(i128::MIN)
        );
        for float in ["1.5", ".5", "1.", "-2.5e3", "1e3", "+.inf", "-.Inf", ".NaN"] {
            assert!(matches!(resolve_plain(float), Resolved::Float(_)), "{float}");
        }
    }

    #[test]
    fn everything_else_is_a_string() {
        for string in [
            "yes",
            "no",
            "on",
            "off",
            "nil",
            "True ",
            "tru",
            "2021-06-22",
            "1_000",
            "0b101",
            "0x",
            "0o8",
            ".",
            "-",
            "1.2.3",
            "e3",
            "1e",
            "nulls",
            "~x",
            "said",
            "2021a",
        ] {
            assert_eq!(resolve_plain(string), Resolved::String, "{string}");
        }
    }
}
