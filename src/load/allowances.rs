//! A definition's `allow:` (rule codes) and `reason:` (why their findings are expected there).
//! A mistake in them is a `schema-violation` that leaves the allowance out, not the definition:
//! the findings it meant to allow are then reported, which is what a broken allowance should do.

use crate::model::{Allowance, AllowedRule, ItemPath};
use crate::yaml::NodeId;
use crate::yaml::decode::{Decoder, Label};

/// The allowance of the definition at `node`, if it has one that is well formed.
pub fn allowance(d: &mut Decoder<'_>, node: NodeId, kind: &'static str, path: ItemPath) -> Option<Allowance> {
    let doc = d.document();
    let mapping = doc.resolve(node);
    let allow = doc.get(mapping, "allow");
    let reason = doc.get(mapping, "reason");
    let (allow_key, allow) = match (allow, reason) {
        (None, None) => return None,
        (None, Some((key, _))) => {
            d.problem(
                doc.node(key).span(),
                format!("`reason` explains an `allow`, and this {kind} has none"),
                "add `allow: [RULE]` with the rules whose findings are expected here, or remove `reason`",
            );
            return None;
        }
        (Some(allow), _) => allow,
    };
    let items = d.sequence(allow, Label::Field("allow"))?;
    let mut rules = Vec::with_capacity(items.len());
    for &item in items {
        if let Some(name) = d.value::<String>(item, Label::Item("allow")) {
            rules.push(AllowedRule {
                name,
                span: doc.head(item),
            });
        }
    }
    if rules.len() < items.len() {
        return None;
    }
    if rules.is_empty() {
        d.problem(
            doc.head(allow),
            "`allow` is empty",
            "name the rules whose findings are expected here, e.g. `allow: [quote-ambiguous]`, or remove it",
        );
        return None;
    }
    let Some((_, reason_node)) = reason else {
        d.problem(
            doc.node(allow_key).span(),
            format!("this {kind}'s `allow` has no `reason`"),
            "add `reason:` saying why these findings are expected here; without one the `allow` is ignored",
        );
        return None;
    };
    let reason: String = d.value(reason_node, Label::Field("reason"))?;
    if reason.trim().is_empty() {
        d.problem(
            doc.head(reason_node),
            "`reason` is empty",
            "say why these findings are expected here; without a reason the `allow` is ignored",
        );
        return None;
    }
    Some(Allowance {
        file: 0,
        kind,
        path,
        span: doc.node(mapping).span(),
        rules,
        reason,
    })
}
