use crate::diagnostic::excerpt;
use crate::yaml::tree::{Document, Kind, NodeId};
use crate::yaml::{Resolved, ScalarStyle};

/// A node as a message names what was found: "the integer `123`", "null (`~`)", "a list".
/// Values are cut to a short excerpt.
pub fn describe(doc: &Document, id: NodeId) -> String {
    match doc.node(doc.resolve(id)).kind() {
        Kind::Scalar(scalar) => {
            let value = excerpt(&scalar.value);
            match scalar.resolve() {
                Resolved::Null if scalar.value.is_empty() => "an empty value".to_string(),
                Resolved::Null => format!("null (`{value}`)"),
                Resolved::Bool(_) => format!("the boolean `{value}`"),
                Resolved::Int(_) => format!("the integer `{value}`"),
                Resolved::Float(_) => format!("the number `{value}`"),
                Resolved::String if scalar.style.is_block() => "a block of text".to_string(),
                Resolved::String if scalar.style == ScalarStyle::Plain => format!("the text `{value}`"),
                Resolved::String => format!("the text \"{value}\""),
            }
        }
        Kind::Sequence(_) => "a list".to_string(),
        Kind::Mapping(_) => "a mapping".to_string(),
        Kind::Alias(_) => "an alias".to_string(),
    }
}
