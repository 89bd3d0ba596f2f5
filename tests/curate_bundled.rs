//! The curator's commands on a copy of the bundled corpus: `rehash` after a one-word edit of a
//! seed changes only the 64 hex digits of its hash and names the claims the edit broke; `quotes`
//! finds, without the claims, every quotation of both seeds as a reader finds them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/bundled.rs"]
mod bundled;
#[path = "support/run.rs"]
mod run;

use std::fs;
use std::path::Path;

use bundled::copy_of_bundled_project;
use run::crossclaim;

const TASS_SEED: &str = "seeds/tass-2019-10-23-kremlin-withdrawal-of-foreign-troops-priority.txt";
const TASS_CLAIMS: &str = "claims/articles/tass-2019-10-23-peskov-foreign-troops.yaml";

#[test]
fn rehash_after_a_one_word_edit_changes_only_the_hash_and_names_the_broken_claim() {
    let project = copy_of_bundled_project();
    let seed = project.path().join(TASS_SEED);
    let text = fs::read_to_string(&seed).unwrap();
    fs::write(&seed, text.replacen("bloodstained", "blood-soaked", 1)).unwrap();
    let claims = project.path().join(TASS_CLAIMS);
    let before = fs::read(&claims).unwrap();

    let (code, dry) = crossclaim(project.path(), &["rehash", "--dry-run"]);
    assert_eq!(code, Some(1), "{dry}");
    assert_eq!(fs::read(&claims).unwrap(), before, "--dry-run wrote");

    let (code, out) = crossclaim(project.path(), &["rehash"]);
    assert_eq!(code, Some(1), "{out}");
    snapbox::assert_data_eq!(out, snapbox::file!["expected/rehash-one-word.stdout"]);
    let old = "343be52b53d90e8ef04cf3a2a0ef51be7e76e6a345023b45898e7e085f6e6a56";
    let new = sha256_hex(&fs::read(&seed).unwrap());
    let after = fs::read(&claims).unwrap();
    // Byte for byte the same file, but for the 64 hex digits of the one hash.
    let at = before.windows(64).position(|w| w == old.as_bytes()).unwrap();
    let mut expected = before.clone();
    expected[at..at + 64].copy_from_slice(new.as_bytes());
    assert_eq!(after, expected);
    // The other article's file is untouched, and the project checks again but for the broken quote.
    let (code, check) = crossclaim(project.path(), &["check"]);
    assert_eq!(code, Some(1));
    assert!(check.contains("1 error, 0 warnings"), "{check}");
    assert!(check.contains("trump-let-someone-else-fight-over-sand"), "{check}");
    let (code, again) = crossclaim(project.path(), &["rehash"]);
    assert_eq!(
        (code, again.as_str()),
        (
            Some(0),
            "2 article sources match their recorded sha256: nothing to rehash\n"
        )
    );
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Every quotation of the seeds, in order, with the reporting verb printed next to it, as read
/// by a person: the text between the marks (the comma before a closing mark included), whatever
/// the marks (straight, curly or mixed), including the parts of a quotation interrupted by
/// "he said" and a subheading in single quotes; apostrophes are not marks.
const TASS_QUOTATIONS: &[(&str, Option<&str>)] = &[
    (
        "As for the presence of American soldiers in Syria, our position is well known — only the Russian units are present in Syria legitimately at the invitation of the Syrian leadership,",
        Some("told reporters"),
    ),
    (
        "Of course, the final goal is a full withdrawal of any foreign armed forces, foreign military from the territory of the Syrian Arab Republic,",
        Some("went on to say"),
    ),
    (
        "This position is shared by Moscow and Damascus, and this aim is the ultimate priority after a full political settlement is achieved,",
        Some("stated"),
    ),
    (
        "Let someone else fight over this long bloodstained sand.",
        Some("saying"),
    ),
    (
        "It is necessary to bear in mind the situation that exists de facto, in reality,",
        Some("said"),
    ),
    (
        "Suffice it to recall the situation involving the Kurds. They are unlikely to trust promises by those who were their close partners just recently.",
        Some("said"),
    ),
    (
        "The United States in recent years was the Kurds’ closest ally,",
        Some("recalled"),
    ),
    (
        "In the end, the US abandoned the Kurds. In fact, it betrayed them. It has preferred to leave the Kurds on the border, nearly forcing them to fight the Turks.",
        Some("recalled"),
    ),
];

const PRESSTV_QUOTATIONS: &[(&str, Option<&str>)] = &[
    (
        "We hope that the presence of a limited American contingency and of a number of Western states in northeastern Syria, as well as the Turkish contingency in the northwestern part of the country is temporary,",
        Some("said"),
    ),
    (
        "Soon, as the situation stabilizes, all these military contingencies will withdraw from the country,",
        Some("added"),
    ),
    ("absolutely unacceptable", Some("said")),
    (
        "belong to the Syrian nation and …should be fairly distributed in the interest of all ethnic groups,",
        Some("said"),
    ),
    (
        "I think that the withdrawal of US troops from Syria may take place at any time,",
        Some("said"),
    ),
    (
        "You must remember that former US president Donald Trump had decided to withdraw troops but his decision was later reconsidered and delayed.",
        None,
    ),
    ("US says won’t leave Syria", None),
    ("We will not leave northeastern Syria,", Some("said")),
    ("does not aim to change the regime.", Some("claiming")),
    (
        "We aim to change the behavior of the Syrian government through a UN-led political process that protects the people,",
        Some("alleged"),
    ),
    (
        "mixed with the soil of this land for the sake of defeating terrorist organizations and liberating the lands, in which terrorists were wreaking terrorism and corruption with the support of some countries of the ominous alliance that was fighting everything in the region except the terrorists,",
        Some("said"),
    ),
];

/// The quotations `quotes --format json` lists for an article, with their verbs.
fn quotations(project: &Path, article: &str) -> Vec<(String, Option<String>)> {
    let (code, out) = crossclaim(project, &["quotes", article, "--format", "json"]);
    assert_eq!(code, Some(0), "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    json["articles"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["kind"] == "quotation")
        .map(|item| {
            (
                item["text"].as_str().unwrap().to_string(),
                item["verb"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn owned(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    list.iter()
        .map(|(t, v)| (t.to_string(), v.map(str::to_string)))
        .collect()
}

#[test]
fn without_claims_quotes_lists_every_quotation_of_both_seeds() {
    let project = copy_of_bundled_project();
    for file in [
        "presstv-2021-lavrentiev-foreign-troops",
        "tass-2019-10-23-peskov-foreign-troops",
    ] {
        let path = project.path().join(format!("claims/articles/{file}.yaml"));
        let text = fs::read_to_string(&path).unwrap();
        let cut = text.find("\nclaims:").unwrap();
        fs::write(&path, format!("{}\nclaims: []\n", &text[..cut])).unwrap();
    }
    assert_eq!(
        quotations(project.path(), "tass-2019-10-23-peskov-foreign-troops"),
        owned(TASS_QUOTATIONS)
    );
    assert_eq!(
        quotations(project.path(), "presstv-2021-lavrentiev-foreign-troops"),
        owned(PRESSTV_QUOTATIONS)
    );
    let (code, coverage) = crossclaim(project.path(), &["quotes"]);
    assert_eq!(code, Some(0));
    assert!(
        coverage.ends_with("all articles                            0 of 19 quotations covered (0%)\n"),
        "{coverage}"
    );
}

#[test]
fn with_the_bundled_claims_every_quotation_is_covered() {
    let project = copy_of_bundled_project();
    let (code, coverage) = crossclaim(project.path(), &["quotes"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        coverage,
        "presstv-2021-lavrentiev-foreign-troops  11 of 11 quotations covered (100%)\n\
         tass-2019-10-23-peskov-foreign-troops   8 of 8 quotations covered (100%)\n\
         all articles                            19 of 19 quotations covered (100%)\n"
    );
}
