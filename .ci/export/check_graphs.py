"""Loads crossclaim's actor network exports with networkx (`read_graphml`, `read_gexf`) and checks
that both files describe the same directed graph, that every node and every edge carries every
attribute with its type, and that the edges add up to the claims and stances of the JSON Lines
export. A copy with one attribute removed must be rejected, so a checker that passes everything
fails.

Usage: check_graphs.py GRAPHML GEXF JSONL
"""

import collections
import copy

import networkx as nx

from common import Invalid, must_reject, read_rows, run

NODE_ATTRIBUTES = {
    "label": str,
    "kind": str,
    "identifier": str,
    "claims": int,
    "role": str,
    "affiliation": str,
    "country": str,
    "ownership": str,
    "outlet_kind": str,
    "homepage": str,
    "topic": str,
    "topic_title": str,
    "domains": str,
    "verdict": str,
    "verdict_by": str,
}
EDGE_ATTRIBUTES = {
    "relation": str,
    "claims": int,
    "supports": int,
    "opposes": int,
    "neutral": int,
    "net": int,
    "stance": str,
    "weight": float,
}


def check_attributes(graph, name):
    """Every node and edge has every attribute, of its type, and no other."""
    for node, data in graph.nodes(data=True):
        present = {k: v for k, v in data.items()}
        if set(present) != set(NODE_ATTRIBUTES):
            raise Invalid(f"{name}: node {node} has {sorted(present)}")
        for key, kind in NODE_ATTRIBUTES.items():
            if not isinstance(present[key], kind):
                raise Invalid(f"{name}: node {node}: {key} is {present[key]!r}, not {kind.__name__}")
    for source, target, data in graph.edges(data=True):
        present = {k: v for k, v in data.items() if k != "id"}
        if set(present) != set(EDGE_ATTRIBUTES):
            raise Invalid(f"{name}: edge {source} -> {target} has {sorted(present)}")
        for key, kind in EDGE_ATTRIBUTES.items():
            if not isinstance(present[key], kind):
                raise Invalid(f"{name}: edge {source} -> {target}: {key} is {present[key]!r}")


def expected_edges(rows):
    """What the edges must say, recomputed from the rows: (relation, source, target) ->
    claims, supports, opposes, neutral."""
    claims = collections.defaultdict(set)
    stances = collections.defaultdict(collections.Counter)
    for row in rows:
        outlet = f"outlet:{row['outlet']}"
        voice = f"speaker:{row['speaker']}" if row["speaker"] else outlet
        if row["speaker"]:
            key = ("quoted-in", voice, outlet)
            claims[key].add(row["claim"])
            if row["stance"]:
                stances[key][row["stance"]] += 1
        if row["proposition"]:
            key = ("stance", voice, f"proposition:{row['proposition']}")
            claims[key].add(row["claim"])
            stances[key][row["stance"]] += 1
    return {
        key: (len(ids), stances[key]["supports"], stances[key]["opposes"], stances[key]["neutral"])
        for key, ids in claims.items()
    }


def check(graphml, gexf, rows):
    if not graphml.is_directed() or not gexf.is_directed():
        raise Invalid("the graph is not directed")
    check_attributes(graphml, "GraphML")
    check_attributes(gexf, "GEXF")
    if dict(graphml.nodes(data=True)) != dict(gexf.nodes(data=True)):
        raise Invalid("GraphML and GEXF nodes differ")
    if {(s, t): d for s, t, d in graphml.edges(data=True)} != {(s, t): d for s, t, d in gexf.edges(data=True)}:
        raise Invalid("GraphML and GEXF edges differ")
    found = {
        (d["relation"], s, t): (d["claims"], d["supports"], d["opposes"], d["neutral"])
        for s, t, d in graphml.edges(data=True)
    }
    expected = expected_edges(rows)
    if found != expected:
        missing = set(expected.items()) ^ set(found.items())
        raise Invalid(f"edges do not add up to the rows: {sorted(missing)[:5]}")
    for s, t, d in graphml.edges(data=True):
        if d["net"] != d["supports"] - d["opposes"] or d["weight"] != d["claims"]:
            raise Invalid(f"edge {s} -> {t}: net or weight wrong: {d}")
    for r in rows:
        if graphml.nodes[f"outlet:{r['outlet']}"]["domains"] != ";".join(r["outlet_domains"]):
            raise Invalid(f"outlet {r['outlet']}: domains differ from the rows'")
        if r["proposition"]:
            node = graphml.nodes[f"proposition:{r['proposition']}"]
            if (node["verdict"], node["verdict_by"]) != (r["verdict"] or "", r["verdict_by"] or ""):
                raise Invalid(f"proposition {r['proposition']}: verdict differs from the rows'")
    speakers = {f"speaker:{r['speaker']}" for r in rows if r["speaker"]}
    for speaker in speakers:
        if graphml.nodes[speaker]["kind"] != "speaker":
            raise Invalid(f"{speaker} is not a speaker node")


def main(graphml_path, gexf_path, rows_path):
    rows = read_rows(rows_path)
    graphml = nx.read_graphml(graphml_path)
    gexf = nx.read_gexf(gexf_path, version="1.3")
    try:
        check(graphml, gexf, rows)
    except Invalid as error:
        raise SystemExit(f"check_graphs: {error}")
    broken = copy.deepcopy(gexf)
    del broken.nodes[next(iter(broken.nodes))]["role"]
    must_reject("check_graphs", "a graph with a node missing an attribute", check, graphml, broken, rows)
    print(
        f"check_graphs: GraphML and GEXF load in networkx {nx.__version__} as the same directed graph, "
        f"{graphml.number_of_nodes()} nodes and {graphml.number_of_edges()} edges, every attribute "
        f"on every one, edges adding up to {len(rows)} rows"
    )


if __name__ == "__main__":
    run(main, __doc__, 3)
