//! The tree as built from text: spans, styles, tags, limits and errors.

#![allow(clippy::unwrap_used)]

use super::*;

fn tree(text: &str) -> Document {
    parse(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
}

fn error(text: &str) -> YamlError {
    match parse(text) {
        Ok(_) => panic!("{text:?} parsed"),
        Err(error) => error,
    }
}

fn slice<'a>(text: &'a str, doc: &Document, id: NodeId) -> &'a str {
    &text[doc.node(id).span()]
}

#[test]
fn every_node_has_its_byte_span() {
    let text = "a: “b”\nlist:\n  - x\n  - 'é y'\nflow: {k: [1, 2]}\n";
    let doc = tree(text);
    let root = doc.root().unwrap();
    let entries: Vec<(&str, &str)> = doc
        .entries(root)
        .map(|(k, v)| (slice(text, &doc, k), slice(text, &doc, v)))
        .collect();
    assert_eq!(
        entries,
        [("a", "“b”"), ("list", "- x\n  - 'é y'"), ("flow", "{k: [1, 2]}")]
    );
    let (_, list) = doc.get(root, "list").unwrap();
    let items: Vec<&str> = doc.items(list).iter().map(|&i| slice(text, &doc, i)).collect();
    assert_eq!(items, ["x", "'é y'"]);
    assert_eq!(
        doc.node(doc.items(list)[1]).as_scalar().map(|s| s.value.as_str()),
        Some("é y")
    );
}

#[test]
fn collections_know_their_style_and_end() {
    let text = "block:\n  - a\n  - b\n\n# trailing comment\nflow: [a, b]   \n";
    let doc = tree(text);
    let root = doc.root().unwrap();
    let style = |key: &str| {
        let (_, value) = doc.get(root, key).unwrap();
        match doc.node(value).kind() {
            Kind::Sequence(c) => (c.style, doc.node(value).span().end),
            _ => panic!("{key} is not a sequence"),
        }
    };
    // A block list ends after its last item, before blank lines and comments.
    assert_eq!(style("block"), (CollectionStyle::Block, text.find("b\n").unwrap() + 1));
    assert_eq!(style("flow"), (CollectionStyle::Flow, text.find("]").unwrap() + 1));
}

#[test]
fn scalars_keep_style_and_tag() {
    let text = "- plain\n- 'single'\n- \"double\"\n- |\n  literal\n- >\n  folded\n- !shout x\n";
    let doc = tree(text);
    let items = doc.items(doc.root().unwrap());
    let styles: Vec<ScalarStyle> = items.iter().map(|&i| doc.node(i).as_scalar().unwrap().style).collect();
    use ScalarStyle::*;
    assert_eq!(styles, [Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Plain]);
    let tag = doc.node(items[5]).tag().unwrap();
    assert_eq!((tag.text.as_str(), &text[tag.span.clone()]), ("!shout", "!shout"));
}

#[test]
fn aliases_name_what_they_repeat() {
    let text = "a: &x [1, 2]\nb: *x\n";
    let doc = tree(text);
    let root = doc.root().unwrap();
    let (_, a) = doc.get(root, "a").unwrap();
    let (_, b) = doc.get(root, "b").unwrap();
    assert!(doc.node(a).is_anchored());
    assert_eq!(doc.resolve(b), a);
    assert_eq!(slice(text, &doc, b), "*x");
}

#[test]
fn an_empty_text_has_no_root() {
    assert!(tree("").root().is_none());
    assert!(tree("# only a comment\n").root().is_none());
}

#[test]
fn refuses_a_second_document_at_its_start() {
    let text = "a: 1\n---\nb: 2\n";
    let e = error(text);
    assert_eq!((e.kind, &text[e.span.clone()]), (YamlErrorKind::Syntax, "---"));
    let text = "a: 1\n...\nb: 2\n";
    assert_eq!(&text[error(text).span], "b");
}

#[test]
fn points_an_unclosed_quote_at_its_opening() {
    let text = "claims:\n  - id: a\n    quote: \"We will not\n";
    let e = error(text);
    assert_eq!(&text[e.span.clone()], "\"We will not");
    assert!(e.help.contains("matching `\"`"), "{e:?}");
    let text = "a: 'x\nb: 1\n";
    let e = error(text);
    assert_eq!(&text[e.span.clone()], "'x");
    assert!(e.help.contains("`'`"), "{e:?}");
}

#[test]
fn limits_nesting_depth_block_and_flow() {
    let deep_block = format!("claims:\n  {}x\n", "- ".repeat(100_000));
    let e = error(&deep_block);
    assert_eq!(e.kind, YamlErrorKind::Limit);
    // The root mapping is the first level and the n-th `- ` opens level n + 1.
    assert_eq!(e.span.start, "claims:\n  ".len() + 2 * 63);
    let deep_flow = format!("a: {}{}\n", "[".repeat(100), "]".repeat(100));
    assert_eq!(error(&deep_flow).kind, YamlErrorKind::Limit);
    assert!(parse(&format!("a: {}{}\n", "[".repeat(60), "]".repeat(60))).is_ok());
}

#[test]
fn limits_alias_expansion_relative_to_what_is_written() {
    // Billion laughs: each level repeats the one before ten times.
    let mut laughs = String::from("a0: &a0 [lol]\n");
    for level in 1..10 {
        let previous = format!("*a{}", level - 1);
        laughs.push_str(&format!(
            "a{level}: &a{level} [{}]\n",
            [previous.as_str(); 10].join(", ")
        ));
    }
    let e = error(&laughs);
    assert_eq!(e.kind, YamlErrorKind::Limit);
    assert!(e.message.contains("expands the file past 10,000 nodes"), "{e:?}");
    // Some reuse is fine.
    assert!(parse("t: &t [a, b]\nx: *t\ny: *t\nz: *t\n").is_ok());
    let e = error("a: &a [*a]\n");
    assert!(e.message.contains("contains it"), "{e:?}");
}

#[test]
fn byte_spans_survive_multibyte_text_and_errors() {
    let text = "“é”: [\n";
    let e = error(text);
    assert!(
        text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end),
        "{e:?}"
    );
}
