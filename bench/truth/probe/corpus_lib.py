"""Tiny helpers for the hand-written probe corpus (see README.md)."""
DOCS = []
TRUTH = []


def doc(id_, lang, published, title, text):
    from extras import EXTRA
    text = text.strip()
    if id_ in EXTRA:
        text += "\n\n" + EXTRA[id_]
    d = {"id": id_, "title": title, "text": text, "lang": lang}
    if published:
        d["published"] = published
    DOCS.append(d)


def t(label, kind, a, qa, sa, b, qb, sb, note=""):
    TRUTH.append((a.split("_")[0], label, kind, a, qa, sa, b, qb, sb, note))
