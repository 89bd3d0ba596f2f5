//! Web addresses as the format compares them. An article's `url` is kept as written; two URLs
//! name the same article when their normalised forms are equal. Normalising:
//!
//! - parses the URL as browsers do (the `url` crate, WHATWG URL Standard): the scheme and host
//!   in lower case, an internationalised host in its ASCII (punycode) form, the default port
//!   dropped, `.` and `..` path segments resolved;
//! - treats `http` and `https` alike;
//! - drops a leading `www.` from the host;
//! - drops the fragment (`#...`) and a trailing `/` of the path;
//! - drops tracking parameters from the query: `utm_*` (any name starting `utm_`), `fbclid`,
//!   `gclid`, `dclid`, `msclkid`, `mc_cid`, `mc_eid`, `igshid`, `yclid` and `_ga`; the other
//!   parameters keep their order, and an empty query is dropped.
//!
//! Case in the path and query is kept: many servers tell `/A` from `/a`.

use url::Url;

/// Query parameters that only say where a reader came from.
const TRACKING: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga",
];

/// Why `text` is not an article or verdict address: `None` if it is an absolute `http` or
/// `https` URL.
pub fn url_problem(text: &str) -> Option<&'static str> {
    web_url(text).err()
}

/// `text` parsed, if it is an absolute `http` or `https` URL; else why not.
fn web_url(text: &str) -> Result<Url, &'static str> {
    match Url::parse(text) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty()) => Ok(url),
        Ok(_) => Err("is not an `http` or `https` address"),
        Err(_) => Err("is not an absolute URL"),
    }
}

/// The form two URLs are compared in; `None` if `text` is not an `http` or `https` URL.
pub fn normalize_url(text: &str) -> Option<String> {
    // Parsed once: a check normalises every article's address.
    let url = web_url(text.trim()).ok()?;
    let host = url.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut out = String::with_capacity(text.len());
    out.push_str("https://");
    out.push_str(host);
    if let Some(port) = url.port() {
        out.push(':');
        out.push_str(&port.to_string());
    }
    out.push_str(url.path().trim_end_matches('/'));
    let kept: Vec<&str> = url
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or_default();
            !(name.starts_with("utm_") || TRACKING.contains(&name))
        })
        .collect();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    Some(out)
}

/// The host of a URL as outlets' `domains` are written: lower case, without `www.`.
pub fn url_domain(text: &str) -> Option<String> {
    let url = Url::parse(text.trim()).ok()?;
    let host = url.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_string())
}

/// Whether `text` is a domain as an outlet's `domains` list holds it: a lower-case DNS name of
/// at least two labels, each 1 to 63 letters, digits and inner hyphens (the schema's pattern).
pub fn is_domain(text: &str) -> bool {
    let labels: Vec<&str> = text.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            let bytes = label.as_bytes();
            (1..=63).contains(&bytes.len())
                && bytes
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
                && bytes[0] != b'-'
                && bytes[bytes.len() - 1] != b'-'
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_removes_only_what_does_not_name_another_page() {
        let same = [
            "https://www.example.com/news/story-1/",
            "http://example.com/news/story-1",
            "HTTPS://EXAMPLE.COM/news/story-1#comments",
            "https://example.com:443/news/./story-1?utm_source=x&utm_medium=y",
            "https://example.com/news/story-1?fbclid=abc&gclid=def",
        ];
        for url in same {
            assert_eq!(
                normalize_url(url).as_deref(),
                Some("https://example.com/news/story-1"),
                "{url}"
            );
        }
        assert_eq!(
            normalize_url("https://example.com/story?id=7&utm_campaign=z&page=2").as_deref(),
            Some("https://example.com/story?id=7&page=2")
        );
        assert_ne!(
            normalize_url("https://example.com/Story"),
            normalize_url("https://example.com/story")
        );
        assert_ne!(
            normalize_url("https://example.com/a?id=1"),
            normalize_url("https://example.com/a?id=2")
        );
        assert_eq!(
            normalize_url("https://example.com/").as_deref(),
            Some("https://example.com")
        );
        assert_eq!(
            normalize_url("https://example.com:8080/a").as_deref(),
            Some("https://example.com:8080/a")
        );
    }

    #[test]
    fn only_web_addresses_are_urls() {
        assert_eq!(url_problem("https://tass.com/politics/1"), None);
        assert!(url_problem("tass.com/politics/1").is_some());
        assert!(url_problem("ftp://tass.com/a").is_some());
        assert!(url_problem("mailto:a@b.c").is_some());
        assert_eq!(normalize_url("not a url"), None);
    }

    #[test]
    fn domains_are_lower_case_dns_names() {
        assert!(is_domain("tass.com"));
        assert!(is_domain("news.bbc.co.uk"));
        assert!(is_domain("xn--80ak6aa92e.com"));
        for bad in [
            "tass",
            "TASS.com",
            "https://tass.com",
            "tass.com/",
            "-a.com",
            "a..com",
            "",
        ] {
            assert!(!is_domain(bad), "{bad}");
        }
        assert_eq!(url_domain("https://www.TASS.com/x").as_deref(), Some("tass.com"));
    }
}
