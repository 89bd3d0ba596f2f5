//! `export --format graphml`: the actor network of [`super::network`] as GraphML, the XML
//! graph format networkx, igraph, Gephi, yEd and Cytoscape read. Every node and edge carries
//! every attribute (empty text where one does not apply).

use std::fmt::Write as _;

use super::Input;
use super::network::{Attribute, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Type, network};
use super::xml::{escape, value};

pub fn graphml(input: &Input<'_>) -> String {
    let network = network(input);
    let mut out = String::new();
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
        " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    ));
    key(
        &mut out,
        "node",
        &Attribute {
            name: "label",
            kind: Type::Text,
        },
    );
    for attribute in &NODE_ATTRIBUTES {
        key(&mut out, "node", attribute);
    }
    for attribute in &EDGE_ATTRIBUTES {
        key(&mut out, "edge", attribute);
    }
    out.push_str("  <key id=\"edge-weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
    out.push_str("  <graph id=\"claims\" edgedefault=\"directed\">\n");
    for node in &network.nodes {
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&node.id));
        let _ = writeln!(out, "      <data key=\"node-label\">{}</data>", escape(node.label));
        for (attribute, v) in NODE_ATTRIBUTES.iter().zip(&node.values) {
            let _ = writeln!(out, "      <data key=\"node-{}\">{}</data>", attribute.name, value(v));
        }
        out.push_str("    </node>\n");
    }
    for edge in &network.edges {
        let _ = writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            edge.id,
            escape(&edge.source),
            escape(&edge.target)
        );
        for (attribute, v) in EDGE_ATTRIBUTES.iter().zip(&edge.values) {
            let _ = writeln!(out, "      <data key=\"edge-{}\">{}</data>", attribute.name, value(v));
        }
        let _ = writeln!(out, "      <data key=\"edge-weight\">{:?}</data>", edge.weight);
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn key(out: &mut String, scope: &str, attribute: &Attribute) {
    let _ = writeln!(
        out,
        "  <key id=\"{scope}-{name}\" for=\"{scope}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>",
        name = attribute.name,
        kind = attribute.kind.xml_name()
    );
}
