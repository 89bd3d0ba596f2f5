//! `export --format gexf`: the actor network of [`super::network`] as GEXF 1.3, Gephi's own
//! format. Every node and edge carries every attribute (empty text where one does not apply).

use std::fmt::Write as _;

use super::Input;
use super::network::{Attribute, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, network};
use super::xml::{escape, value};

pub fn gexf(input: &Input<'_>) -> String {
    let network = network(input);
    let mut out = String::new();
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://gexf.net/1.3\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"",
        " version=\"1.3\">\n",
        "  <meta>\n",
        "    <creator>crossclaim</creator>\n",
        "    <description>Speakers and outlets, the propositions they take stances on, and the outlets that quote each speaker</description>\n",
        "  </meta>\n",
        "  <graph defaultedgetype=\"directed\" mode=\"static\">\n",
    ));
    attributes(&mut out, "node", &NODE_ATTRIBUTES);
    attributes(&mut out, "edge", &EDGE_ATTRIBUTES);
    let _ = writeln!(out, "    <nodes count=\"{}\">", network.nodes.len());
    for node in &network.nodes {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            escape(&node.id),
            escape(node.label)
        );
        attvalues(&mut out, "node", &NODE_ATTRIBUTES, node.values.iter().map(|v| value(v)));
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n");
    let _ = writeln!(out, "    <edges count=\"{}\">", network.edges.len());
    for edge in &network.edges {
        let _ = writeln!(
            out,
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" weight=\"{:?}\">",
            edge.id,
            escape(&edge.source),
            escape(&edge.target),
            edge.weight
        );
        attvalues(&mut out, "edge", &EDGE_ATTRIBUTES, edge.values.iter().map(|v| value(v)));
        out.push_str("      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

fn attributes(out: &mut String, class: &str, list: &[Attribute]) {
    let _ = writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">");
    for attribute in list {
        let _ = writeln!(
            out,
            "      <attribute id=\"{class}-{name}\" title=\"{name}\" type=\"{kind}\"/>",
            name = attribute.name,
            kind = attribute.kind.xml_name()
        );
    }
    out.push_str("    </attributes>\n");
}

fn attvalues<'a>(
    out: &mut String,
    class: &str,
    list: &[Attribute],
    values: impl Iterator<Item = std::borrow::Cow<'a, str>>,
) {
    out.push_str("        <attvalues>\n");
    for (attribute, v) in list.iter().zip(values) {
        let _ = writeln!(
            out,
            "          <attvalue for=\"{class}-{}\" value=\"{v}\"/>",
            attribute.name
        );
    }
    out.push_str("        </attvalues>\n");
}
