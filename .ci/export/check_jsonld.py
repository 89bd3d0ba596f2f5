"""Validates crossclaim's JSON-LD exports (`--format jsonld` and `--format annotations`) with a
real JSON-LD processor, pyld, against the contexts stored in contexts/, with no network:

1. every key and every type the document uses is a term its context defines (schema.org's
   `@vocab` would otherwise turn a misspelt term into an IRI schema.org does not have, and the
   annotation context would silently drop it);
2. pyld expands the document, and every property and type in the expansion is one of the
   context's IRIs;
3. the expansion converts to RDF against a base IRI, every node id becoming an absolute IRI;
4. the document says what the rows say: a Claim (or an Annotation) per claim, each with the
   links it must have; articles' urls, external ids and stored copies, outlets' domains and
   countries, and propositions' verdicts as ClaimReviews where docs/export.md puts them.

A deliberately broken copy of each document must be rejected, so a checker that passes
everything fails.

Usage: check_jsonld.py JSONLD ANNOTATIONS JSONL
"""

import copy
import json
import pathlib

from pyld import jsonld

from common import Invalid, must_reject, read_rows, run

CONTEXTS = pathlib.Path(__file__).parent / "contexts"
SCHEMA_ORG = CONTEXTS / "schemaorg-30.0.jsonld"
ANNO = CONTEXTS / "anno.jsonld"
SERVED = {
    "https://schema.org": SCHEMA_ORG,
    "https://schema.org/": SCHEMA_ORG,
    "http://schema.org": SCHEMA_ORG,
    "http://schema.org/": SCHEMA_ORG,
    "https://schema.org/docs/jsonldcontext.jsonld": SCHEMA_ORG,
    "http://www.w3.org/ns/anno.jsonld": ANNO,
    "https://www.w3.org/ns/anno.jsonld": ANNO,
}
BASE = "https://example.org/crossclaim/"
KEYWORDS = {"@context", "@id", "@type", "@graph", "@value", "@list", "@language"}


def load_document(url, options=None):
    """pyld's document loader: the stored contexts, and nothing from the network."""
    path = SERVED.get(url)
    if path is None:
        raise Invalid(f"the document asks for {url}, which is not stored in {CONTEXTS}")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(path.read_text(encoding="utf-8")),
    }


def terms(path):
    """The context's terms and, for each, the IRI it expands to."""
    context = json.loads(path.read_text(encoding="utf-8"))["@context"]
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))}

    def expand(value):
        prefix, _, rest = value.partition(":")
        if prefix in prefixes and not rest.startswith("//"):
            return prefixes[prefix] + rest
        return value

    expanded = {}
    for term, definition in context.items():
        if term.startswith("@"):
            continue
        target = definition["@id"] if isinstance(definition, dict) else definition
        expanded[term] = expand(target)
    return expanded


def walk(value, visit):
    """Calls `visit(key, value, object)` for every key of every object, depth first."""
    if isinstance(value, dict):
        for key, item in value.items():
            visit(key, item, value)
            walk(item, visit)
    elif isinstance(value, list):
        for item in value:
            walk(item, visit)


def check_terms(document, known, type_key):
    """Every key and type of the compact document is a term of its context."""
    unknown = set()

    def visit(key, item, _):
        if key not in KEYWORDS and key not in known:
            unknown.add(f"key `{key}`")
        if key == type_key:
            for kind in item if isinstance(item, list) else [item]:
                if kind not in known:
                    unknown.add(f"type `{kind}`")

    walk(document, visit)
    if unknown:
        raise Invalid("not defined by the context: " + ", ".join(sorted(unknown)))


def check_expansion(document, known):
    """pyld expands the document, and every IRI it uses for a property or a type is a term's."""
    iris = set(known.values())
    expanded = jsonld.expand(document, {"documentLoader": load_document, "base": BASE})
    strange = set()

    def visit(key, item, node):
        # In a value object `@type` is the literal's datatype (xsd:nonNegativeInteger,
        # schema:Date), which the context coerces to; only node types must be terms.
        if key == "@type" and "@value" not in node:
            for kind in item if isinstance(item, list) else [item]:
                if kind not in iris:
                    strange.add(kind)
        elif not key.startswith("@") and key not in iris:
            strange.add(key)

    walk(expanded, visit)
    if strange:
        raise Invalid("expanded to IRIs the context does not define: " + ", ".join(sorted(strange)))
    quads = jsonld.to_rdf(document, {"documentLoader": load_document, "base": BASE})
    count = sum(len(graph) for graph in quads.values())
    if count == 0:
        raise Invalid("no RDF statements")
    for graph in quads.values():
        for quad in graph:
            for part in ("subject", "predicate", "object"):
                node = quad[part]
                if node["type"] == "IRI" and ":" not in node["value"]:
                    raise Invalid(f"a relative IRI survived: {node['value']}")
    return expanded, count


def identifiers(node):
    """A node's external ids: its `identifier` PropertyValues, by property."""
    values = node.get("identifier")
    values = values if isinstance(values, list) else [values]
    return {v["propertyID"]: v["value"] for v in values if isinstance(v, dict)}


def check_provenance(document, rows):
    """Articles' urls, ids and stored copies, outlets' domains and propositions' verdicts are
    where docs/export.md puts them."""
    nodes = {node["@id"]: node for node in document["@graph"]}
    reviews = {n["itemReviewed"]["@id"]: n for n in document["@graph"] if n["@type"] == "ClaimReview"}
    for r in rows:
        article = nodes[f"article/{r['article']}"]
        if article.get("sameAs") != r["url"] or identifiers(article) != r["ids"]:
            raise Invalid(f"article/{r['article']}: sameAs or identifier differ from the rows'")
        stored = nodes[article["archivedAt"]]
        if stored["@type"] != "MediaObject" or stored.get("dateCreated") != r["captured"]:
            raise Invalid(f"{article['archivedAt']}: not the stored copy captured at {r['captured']}")
        outlet = nodes[f"outlet/{r['outlet']}"]
        values = outlet["identifier"] if isinstance(outlet["identifier"], list) else []
        domains = [v["value"] for v in values if isinstance(v, dict) and v["propertyID"] == "domain"]
        if domains != r["outlet_domains"]:
            raise Invalid(f"outlet/{r['outlet']}: domains {domains} != {r['outlet_domains']}")
        if (r["country"] == "unknown") == ("address" in outlet):
            raise Invalid(f"outlet/{r['outlet']}: an address only when the country is known")
        if r["proposition"]:
            review = reviews.get(f"proposition/{r['proposition']}")
            said = (r["verdict"], r["verdict_by"]) if r["verdict"] else None
            found = (review["reviewRating"]["alternateName"], review["author"]["name"]) if review else None
            if found != said:
                raise Invalid(f"proposition/{r['proposition']}: review {found}, the rows say {said}")


def check_schema_org(document, claims, rows):
    known = terms(SCHEMA_ORG)
    check_terms(document, known, "@type")
    _, quads = check_expansion(document, known)
    nodes = {node["@id"]: node for node in document["@graph"]}
    found = {node["identifier"] for node in document["@graph"] if node["@id"].startswith("claim/")}
    if found != claims:
        raise Invalid(f"{len(found)} claim nodes for {len(claims)} claims")
    for node in document["@graph"]:
        if not node["@id"].startswith("claim/"):
            continue
        if node["@type"] != "Claim":
            raise Invalid(f"{node['@id']} is a {node['@type']}, not a Claim")
        for link in ("author", "appearance"):
            target = node.get(link, {}).get("@id")
            if target not in nodes:
                raise Invalid(f"{node['@id']}: `{link}` points nowhere ({target})")
        if nodes[node["appearance"]["@id"]]["@type"] != "NewsArticle":
            raise Invalid(f"{node['@id']} does not appear in a NewsArticle")
        if not node.get("text"):
            raise Invalid(f"{node['@id']} has no text")
    check_provenance(document, rows)
    return quads


def check_annotations(document, claims, rows):
    known = terms(ANNO)
    check_terms(document, known, "type")
    _, quads = check_expansion(document, known)
    items = document["first"]["items"]
    if document["total"] != len(items) or {a["id"].removeprefix("annotation/") for a in items} != claims:
        raise Invalid(f"{len(items)} annotations for {len(claims)} claims")
    for annotation in items:
        kinds = [s["type"] for s in annotation["target"]["selector"]]
        if kinds != ["TextQuoteSelector", "TextPositionSelector"]:
            raise Invalid(f"{annotation['id']}: selectors {kinds}")
        purposes = {body["purpose"] for body in annotation["body"]}
        if not {"identifying", "tagging"} <= purposes:
            raise Invalid(f"{annotation['id']}: bodies {sorted(purposes)}")
    by_claim = {r["claim"]: r for r in rows}
    for annotation in items:
        row = by_claim[annotation["id"].removeprefix("annotation/")]
        target = annotation["target"]
        if target.get("scope") != row["url"] or target["source"].get("created") != row["captured"]:
            raise Invalid(f"{annotation['id']}: scope or capture time differ from the rows'")
    return quads


def main(jsonld_path, annotations_path, rows_path):
    rows = read_rows(rows_path)
    claims = {row["claim"] for row in rows}
    schema_doc = json.loads(pathlib.Path(jsonld_path).read_text(encoding="utf-8"))
    anno_doc = json.loads(pathlib.Path(annotations_path).read_text(encoding="utf-8"))
    try:
        schema_quads = check_schema_org(schema_doc, claims, rows)
        anno_quads = check_annotations(anno_doc, claims, rows)
    except Invalid as error:
        raise SystemExit(f"check_jsonld: {error}")

    broken = copy.deepcopy(schema_doc)
    claim = next(n for n in broken["@graph"] if n["@id"].startswith("claim/"))
    claim["apperance"] = claim.pop("appearance")
    must_reject("check_jsonld", "a misspelt schema.org property", check_schema_org, broken, claims, rows)
    broken = copy.deepcopy(schema_doc)
    next(n for n in broken["@graph"] if n["@id"].startswith("claim/"))["@type"] = "Statment"
    must_reject("check_jsonld", "a misspelt schema.org type", check_schema_org, broken, claims, rows)
    broken = copy.deepcopy(anno_doc)
    broken["first"]["items"][0]["target"]["selector"][0]["exactly"] = "x"
    must_reject("check_jsonld", "an annotation term that does not exist", check_annotations, broken, claims, rows)

    print(
        f"check_jsonld: {len(claims)} claims; schema.org JSON-LD expands to {schema_quads} RDF "
        f"statements, Web Annotations to {anno_quads}, every term defined by its stored context"
    )


if __name__ == "__main__":
    run(main, __doc__, 3)
