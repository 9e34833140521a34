"""Validates storycheck reports: the JSON Schema (draft 2020-12, report/schema/report-v1.json)
plus the contract rules a schema cannot say (CONTRACT.md): cross references, sort orders,
summary counts, offsets. Usage: report_validate.py SCHEMA REPORT...  (exit 1 on any error)
        report_validate.py --self-test SCHEMA REPORT  (broken copies must all fail)"""
import copy
import json
import sys

import jsonschema


def contract_errors(r):
    """Rules beyond the schema; returns a list of messages."""
    errs = []
    docs = [d["id"] for d in r["documents"]]
    if docs != sorted(docs, key=lambda s: s.encode()):
        errs.append("documents are not sorted by id")
    if len(set(docs)) != len(docs):
        errs.append("duplicate document ids")
    ids = set(docs)
    # (a rejected input may carry the id of a document: a duplicate id, the first one kept)
    s = r["summary"]
    for key, n in (("documents", len(docs)), ("rejected", len(r["rejected"])),
                   ("clusters", len(r["clusters"])), ("conflicts", len(r["conflicts"]))):
        if s[key] != n:
            errs.append("summary.%s is %s, the array has %s" % (key, s[key], n))
    # updates and leads: the summary count goes with the array (both present or both absent)
    for key in ("updates", "leads"):
        if (key in s) != (key in r):
            errs.append("summary.%s and the %s array must come together" % (key, key))
        elif key in r and s[key] != len(r[key]):
            errs.append("summary.%s is %s, the array has %s" % (key, s[key], len(r[key])))
    if "baseline" not in s and s["inputs"] != s["documents"] + s["rejected"]:
        errs.append("summary.inputs != documents + rejected")
    if "event_clusters" in s and s["event_clusters"] != sum(c["kind"] == "event" for c in r["clusters"]):
        errs.append("summary.event_clusters does not match")
    if "duplicate_clusters" in s and s["duplicate_clusters"] != sum(c["kind"] == "duplicate" for c in r["clusters"]):
        errs.append("summary.duplicate_clusters does not match")
    for d in r["documents"]:
        prev = 0
        # offsets index the text after UTF-8 repair: each replaced sequence (1 to 3 bytes)
        # became U+FFFD (3 bytes), so that text is at most bytes + 2 * repaired_bytes long
        textlen = d["bytes"] + 2 * d["repaired_bytes"]
        for sp in d.get("boilerplate", []):
            if not (prev <= sp["start"] <= sp["end"] <= textlen):
                errs.append("document %s: boilerplate span %s out of order or range" % (d["id"], sp))
            prev = sp["end"]
        if d.get("boilerplate") is not None and sum(x["end"] - x["start"] for x in d["boilerplate"]) != d["boilerplate_bytes"]:
            errs.append("document %s: boilerplate spans do not add up to boilerplate_bytes" % d["id"])
    cl = {}
    key = lambda c: (c["members"][0].encode(), c["kind"] != "event", [m.encode() for m in c["members"]])
    if [key(c) for c in r["clusters"]] != sorted(key(c) for c in r["clusters"]):
        errs.append("clusters are not sorted by first member (events first)")
    for c in r["clusters"]:
        if c["id"] in cl:
            errs.append("duplicate cluster id %s" % c["id"])
        cl[c["id"]] = c
        if c["members"] != sorted(c["members"], key=lambda x: x.encode()):
            errs.append("cluster %s: members not sorted" % c["id"])
        for m in c["members"]:
            if m not in ids:
                errs.append("cluster %s: member %s is not a document" % (c["id"], m))
        for p in c["pairs"]:
            if p["a"] not in c["members"] or p["b"] not in c["members"]:
                errs.append("cluster %s: pair %s-%s outside the cluster" % (c["id"], p["a"], p["b"]))
            if p["a"].encode() >= p["b"].encode():
                errs.append("cluster %s: pair not ordered a < b" % c["id"])
            if "ci" in p and not (p["ci"][0] <= p["jaccard_estimate"] <= p["ci"][1]):
                errs.append("cluster %s: estimate outside its interval" % c["id"])
    # links: verified pairs kept apart, so never both in one cluster of their tier; sorted by
    # tier (events first), a, b; counted in summary.links (with the unlisted ones)
    links = r.get("links", [])
    lkey = lambda l: (l["tier"] != "event", l["a"].encode(), l["b"].encode())
    if [lkey(l) for l in links] != sorted(lkey(l) for l in links):
        errs.append("links are not sorted by tier (events first), a, b")
    for l in links:
        if l["a"] not in ids or l["b"] not in ids:
            errs.append("link %s-%s: not a document" % (l["a"], l["b"]))
        if l["a"].encode() >= l["b"].encode():
            errs.append("link %s-%s: not ordered a < b" % (l["a"], l["b"]))
        if "baseline" not in s:
            for c in r["clusters"]:
                if c["kind"] == l["tier"] and l["a"] in c["members"] and l["b"] in c["members"]:
                    errs.append("link %s-%s: both in %s cluster %s" % (l["a"], l["b"], l["tier"], c["id"]))
    if "links" in s and s["links"] != len(links) + s.get("links_unlisted", 0):
        errs.append("summary.links is %s, links has %s and %s are unlisted" % (s["links"], len(links), s.get("links_unlisted", 0)))
    if s.get("links_unlisted", 0) and not any("not listed" in w for w in s.get("warnings", [])):
        errs.append("links cut (summary.links_unlisted) without a warning")
    docurl = {d["id"]: d.get("url") for d in r["documents"]}
    seen = set()
    for lst in ("conflicts", "updates", "leads"):
        prev = None
        for k in r.get(lst, []):
            if k["id"] in seen:
                errs.append("duplicate conflict id %s" % k["id"])
            seen.add(k["id"])
            c = cl.get(k["cluster"])
            if c is None and "baseline" not in s:
                errs.append("conflict %s: cluster %s does not exist" % (k["id"], k["cluster"]))
            for side in ("a", "b"):
                x = k[side]
                if x["doc"] not in ids:
                    errs.append("conflict %s: %s.doc %s is not a document" % (k["id"], side, x["doc"]))
                # a change over time pairs two events: its cluster is side a's, side b is elsewhere
                if c is not None and x["doc"] not in c["members"] and not (k["kind"] == "over_time" and side == "b"):
                    errs.append("conflict %s: %s.doc is not in cluster %s" % (k["id"], side, c["id"]))
                if "url" in x and x["doc"] in docurl and x["url"] != docurl[x["doc"]]:
                    errs.append("conflict %s: %s.url is not the document's url" % (k["id"], side))
                if x["start"] > x["end"]:
                    errs.append("conflict %s: %s.start > end" % (k["id"], side))
            if prev is not None and k["score"] > prev:
                errs.append("%s are not sorted by score (descending) at %s" % (lst, k["id"]))
            prev = k["score"]
    return errs


def validate(validator, r):
    errs = ["%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message) for e in validator.iter_errors(r)]
    if not errs:
        errs = contract_errors(r)
    return errs


def breakages(r):
    """Deliberately broken copies: (what, report). Every one must fail."""
    def mut(what, f):
        x = copy.deepcopy(r)
        f(x)
        return what, x
    out = [
        mut("schema v2", lambda x: x.__setitem__("schema", "storycheck/report/v2")),
        mut("no conflicts array", lambda x: x.pop("conflicts")),
        mut("score above 1", lambda x: x["conflicts"][0].__setitem__("score", 1.5)),
        mut("score as a string", lambda x: x["conflicts"][0].__setitem__("score", "0.9")),
        mut("NaN printed as null", lambda x: x["conflicts"][0].__setitem__("score", None)),
        mut("unknown kind", lambda x: x["conflicts"][0].__setitem__("kind", "bogus")),
        mut("claim without source", lambda x: x["conflicts"][0]["a"].pop("source")),
        mut("negative offset", lambda x: x["conflicts"][0]["a"].__setitem__("start", -1)),
        mut("fractional count", lambda x: x["documents"][0].__setitem__("bytes", 1.5)),
        mut("bad lang", lambda x: x["documents"][0].__setitem__("lang", "de")),
        mut("unknown top-level field", lambda x: x.__setitem__("extra", 1)),
        mut("unknown conflict field", lambda x: x["conflicts"][0].__setitem__("scor", 1)),
        mut("one-member cluster", lambda x: x["clusters"][0].__setitem__("members", x["clusters"][0]["members"][:1])),
        mut("bad fingerprint", lambda x: x["conflicts"][0].__setitem__("fingerprint", "xyz")),
        mut("evidence missing", lambda x: x["conflicts"][0].pop("evidence")),
        mut("member not a document", lambda x: x["clusters"][0]["members"].append("zzz-missing")),
        mut("conflict in a missing cluster", lambda x: x["conflicts"][0].__setitem__("cluster", "c99")),
        mut("documents unsorted", lambda x: x["documents"].reverse()),
        mut("conflicts unsorted", lambda x: x["conflicts"].reverse()),
        mut("summary count wrong", lambda x: x["summary"].__setitem__("conflicts", 99)),
        mut("start after end", lambda x: x["conflicts"][0]["a"].__setitem__("start", x["conflicts"][0]["a"]["end"] + 1)),
        # updates and leads (CONTRACT.md): their own ids, update kinds only in updates, counts
        mut("update among conflicts", lambda x: x["conflicts"][0].__setitem__("kind", "update")),
        mut("leads without summary.leads", lambda x: x.__setitem__("leads", [])),
        mut("empty updates list", lambda x: (x.__setitem__("updates", []),
                                             x["summary"].__setitem__("updates", 0))),
        mut("a lead with a conflict id", lambda x: (x.__setitem__("leads", [copy.deepcopy(x["conflicts"][0])]),
                                                    x["summary"].__setitem__("leads", 1))),
        mut("an update of another kind", lambda x: (
            x.__setitem__("updates", [dict(copy.deepcopy(x["conflicts"][0]), id="u1")]),
            x["summary"].__setitem__("updates", 1))),
    ]
    if r.get("links"):
        out += [
            mut("link: unknown reason", lambda x: x["links"][0].__setitem__("refused", "other")),
            mut("link: unknown field", lambda x: x["links"][0].__setitem__("cluster", "c1")),
            mut("link: not a document", lambda x: x["links"][0].__setitem__("a", "zzz-missing")),
            mut("link: count wrong", lambda x: x["summary"].__setitem__("links", x["summary"]["links"] + 1)),
            mut("link inside a cluster", lambda x: x["links"][0].update(
                a=min(x["clusters"][0]["members"][:2], key=lambda m: m.encode()),
                b=max(x["clusters"][0]["members"][:2], key=lambda m: m.encode()),
                tier=x["clusters"][0]["kind"])),
        ]
    return out


def main():
    args = sys.argv[1:]
    self_test = args and args[0] == "--self-test"
    if self_test:
        args = args[1:]
    schema = json.load(open(args[0], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    bad = 0
    for path in args[1:]:
        r = json.load(open(path, encoding="utf-8"))
        errs = validate(v, r)
        if errs:
            bad += 1
            print("INVALID %s:\n  %s" % (path, "\n  ".join(errs[:10])))
            continue
        print("valid %s" % path)
        if self_test:
            for what, x in breakages(r):
                if not validate(v, x):
                    bad += 1
                    print("NOT CAUGHT: a broken copy of %s (%s) passes" % (path, what))
                else:
                    print("caught: %s" % what)
    return 1 if bad else 0


sys.exit(main())
