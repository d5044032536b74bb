#!/usr/bin/env python3
"""Deterministic benchmark inputs for parallax.

From the seed fixture texts, builds pairs A/B of a given size: A is a run of
synthetic "articles" (paragraphs of the official English page 001, shuffled,
blended, with numbers, names and qualifiers varied per article so the text is
not trivially repetitive); B is A perturbed the way a second rendering
differs: paragraphs split and merged (structure only), sentences dropped and
added, figures changed (digits and number words), names respelled,
qualifiers swapped. Everything injected into B is written to a gold JSON
file with its kind and exact byte spans in A and B, so the benchmark can
measure recall.

    generate.py pairs  OUTDIR [--sizes 2K,20K,200K,2M,20M] [--seed N]
    generate.py patho  OUTDIR [--seed N]     # pathological inputs

python3 standard library only; same arguments, same bytes.
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures", "xi-2024-kazakhstan", "input")
SOURCE = "001_a9fdb92ff107e12b.txt"          # raw material for A
OTHER = ["002_48ee3b88d5783a4d.txt", "003_437013d52067c750.txt", "004_68f6cba787527639.txt"]  # added sentences, unrelated text

# ---------------------------------------------------------------- text model
TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_][\w’'\-]*|\s+|.", re.UNICODE)
SENT_SPLIT = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
ABBREV = ("U.S.", "Dr.", "Mr.", "Mrs.", "St.", "No.", "U.N.")

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMWORDS = set(UNITS[1:]) | set(TENS) | {"hundred", "thousand", "million", "billion"}
QUALIFIERS = ["nearly", "more than", "a total of", "about", "over", "almost", "at least", "around",
              "approximately", "less than", "some"]
# capitalized words that are not names worth respelling
NOT_NAMES = set("""The This That These Those There Their They When While With Within Without From Over Under
After Before During Since Until Also And But For Our Its His Her Who What Which Where How Many Some More Most
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday President Minister Prime Chairman General Secretary State Council
Party Central Committee People Republic Meeting Heads Organization Cooperation Economic Belt Road Initiative
Chinese Kazakh Communist National International Tag Xinhua News Agency Beijing Global Development Security
Civilization Community Shared Future Asia Eurasian Union Summit""".split())
SYLL = ["ka", "ra", "to", "mi", "sa", "lo", "ve", "dan", "bek", "tur", "zhan", "gul", "mur", "al", "en",
        "ko", "bai", "sar", "nur", "te", "yer", "os", "ul", "ta", "shan", "ber", "ly", "ki"]


def tokens(s):
    return TOKEN.findall(s)


def split_sentences(p):
    parts = SENT_SPLIT.split(p)
    out = []
    for part in parts:  # re-join splits after abbreviations
        if out and any(out[-1].endswith(a) for a in ABBREV):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def paragraphs_of(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    ps = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    ps = [p.lstrip("• ").strip() for p in ps]
    return [p for p in ps if len(p.split()) >= 8 and p[-1] in ".!?”\""]


def is_digits(t):
    return t[:1].isdigit()


def is_numword(t):
    parts = t.lower().split("-")
    return all(p in NUMWORDS for p in parts) and bool(parts[0])


def is_name(t):
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}", t)) and t not in NOT_NAMES


def same_case(model, word):
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def fmt_number(value, model):
    """Format `value` like the digit string `model` (commas, decimals)."""
    if "." in model and "," not in model:
        decimals = len(model.split(".")[1])
        return f"{value:.{decimals}f}"
    v = int(round(value))
    return f"{v:,}" if "," in model else str(v)


def parse_number(t):
    return float(t.replace(",", ""))


# A sentence is a list of segments [text, tag]; tag = injection id or None.
class Sentence:
    __slots__ = ("segs", "tag", "touched")

    def __init__(self, segs, tag=None):
        self.segs = segs
        self.tag = tag
        self.touched = False

    def copy(self):
        return Sentence([[t, g] for t, g in self.segs], self.tag)

    def text(self):
        return "".join(t for t, _ in self.segs)

    def words(self):
        return sum(1 for t, _ in self.segs if re.match(r"\w", t))


def make_sentence(s):
    return Sentence([[t, None] for t in tokens(s)])


# --------------------------------------------------------------- articles (A)
class Source:
    def __init__(self, rng):
        self.rng = rng
        self.paras = [[s for s in split_sentences(p)] for p in paragraphs_of(os.path.join(FIXTURES, SOURCE))]
        self.foreign = []
        for name in OTHER:
            for p in paragraphs_of(os.path.join(FIXTURES, name)):
                self.foreign += [s for s in split_sentences(p) if len(s.split()) >= 9 and s[-1] in ".!?"]
        self.other_paras = []
        for name in OTHER:
            self.other_paras += [split_sentences(p) for p in paragraphs_of(os.path.join(FIXTURES, name))]

    def fake_name(self):
        n = "".join(self.rng.choice(SYLL) for _ in range(self.rng.randint(2, 3)))
        return n[:1].upper() + n[1:]


def vary_article(rng, src, paras):
    """Per-article variation: fresh numbers, a few names replaced by made-up
    ones, some qualifiers put before numbers; returns list of list of str."""
    names = {}
    for p in paras:
        for s in p:
            toks = [t for t in tokens(s) if not t.isspace()]
            for t in toks[1:]:
                if is_name(t):
                    names[t] = names.get(t, 0) + 1
    renamed = {n: src.fake_name() for n in sorted(names) if rng.random() < 0.5}
    out = []
    for p in paras:
        np_ = []
        for s in p:
            toks = tokens(s)
            res = []
            for k, t in enumerate(toks):
                if t in renamed:
                    t = renamed[t]
                elif is_digits(t) and not (k + 1 < len(toks) and toks[k + 1][:1].isalpha()):
                    v = parse_number(t)
                    if 1900 <= v <= 2100 and "," not in t and "." not in t:
                        t = str(rng.randint(1995, 2030))
                    elif v >= 2:
                        t = fmt_number(v * rng.uniform(0.5, 1.6) + rng.randint(0, 3), t)
                    prev = "".join(res[-8:]).lower()
                    if (rng.random() < 0.25 and res and res[-1] == " " and len(res) >= 2 and res[-2][:1].isalpha()
                            and not any(q in prev for q in QUALIFIERS) and "$" not in prev
                            and not (1900 <= parse_number(t) <= 2100)):
                        res.append(rng.choice(QUALIFIERS) + " ")
                res.append(t)
            np_.append("".join(res))
        out.append(np_)
    return out


def build_article(rng, src, n_paras):
    picks = rng.sample(range(len(src.paras)), min(n_paras, len(src.paras)))
    paras = []
    for i in picks:
        p = list(src.paras[i])
        if rng.random() < 0.3 and len(p) >= 2:  # blend with another paragraph
            q = src.paras[rng.randrange(len(src.paras))]
            if len(q) >= 2:
                cut = rng.randint(1, len(p) - 1)
                p = p[:cut] + q[rng.randint(1, len(q) - 1):]
        paras.append(p)
    return vary_article(rng, src, paras)


def build_a(rng, src, size, pool_of=None):
    """List of paragraphs (list of sentence strings) totalling ~size bytes."""
    out, total = [], 0
    while total < size:
        art = build_article(rng, src, rng.randint(8, 20)) if pool_of is None else pool_of(rng)
        for p in art:
            n = len(" ".join(p).encode("utf-8")) + 2
            if total + n > size * 1.02 and total > 0:
                return out
            out.append(p)
            total += n
    return out


# ------------------------------------------------------------ perturbations (B)
def respell(rng, w):
    rules = []
    low = w.lower()
    for a, b in (("ch", "sh"), ("sh", "ch"), ("kh", "h"), ("ks", "x"), ("ts", "tz"), ("ou", "u")):
        if a in low[1:]:
            rules.append(("sub", a, b))
    if "y" in low[1:]:
        rules.append(("sub", "y", "i"))
    if "i" in low[1:]:
        rules.append(("sub", "i", "y"))
    if "k" in low[1:]:
        rules.append(("sub", "k", "q"))
    rules.append(("swap",))
    rules.append(("double",))
    for _ in range(10):
        r = rng.choice(rules)
        if r[0] == "sub":
            i = low.index(r[1], 1)
            out = w[:i] + r[2] + w[i + len(r[1]):]
        elif r[0] == "swap":
            i = rng.randint(1, len(w) - 2)
            out = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        else:
            i = rng.randint(1, len(w) - 2)
            if not w[i].isalpha() or w[i] in "aeiou":
                continue
            out = w[:i] + w[i] + w[i:]
        if out != w:
            return out
    return w[0] + w[2] + w[1] + w[3:] if w[1] != w[2] else w + "a"


def change_number(rng, t):
    v = parse_number(t)
    if "." in t and "," not in t:
        step = 10 ** -len(t.split(".")[1])
        nv = v + step * rng.choice([-3, -2, -1, 1, 2, 3]) * max(1, int(v / step / 20))
        nv = nv if nv > 0 else v + step
    elif 1900 <= v <= 2100 and "," not in t:  # a year
        nv = v + rng.choice([-3, -2, -1, 1, 2, 3])
    else:
        d = max(1, int(v * rng.uniform(0.03, 0.15)))
        nv = v + d * rng.choice([-1, 1]) if v - d > 0 else v + d
    out = fmt_number(nv, t)
    return out if out != t else fmt_number(v + 1, t)


def change_numword(rng, t):
    parts = t.split("-")
    last = parts[-1].lower()
    if last in UNITS:
        i = UNITS.index(last)
        j = i + rng.choice([-1, 1]) if 1 < i < 19 else (i + 1 if i <= 1 else i - 1)
        new = UNITS[j]
    elif last in TENS:
        i = TENS.index(last)
        new = TENS[i + 1] if i + 1 < len(TENS) else TENS[i - 1]
    else:
        return None
    parts[-1] = same_case(parts[-1], new)
    return "-".join(parts)


class Gold:
    def __init__(self):
        self.items = []

    def new(self, kind, note):
        self.items.append({"id": len(self.items), "kind": kind, "note": note})
        return len(self.items) - 1


def word_indices(sent):
    return [k for k, (t, _) in enumerate(sent.segs) if not t.isspace()]


def inject_token(rng, gold, a_sent, b_sent, kinds):
    """Try one token-level injection of a kind in `kinds` into b_sent."""
    segs = b_sent.segs
    widx = word_indices(b_sent)
    cands = []
    for n, k in enumerate(widx):
        t = segs[k][0]
        nxt = segs[widx[n + 1]][0] if n + 1 < len(widx) else ""
        glued = segs[k + 1][0] if k + 1 < len(segs) else ""
        if "figure" in kinds and is_digits(t) and not glued[:1].isalpha():
            cands.append(("figure", k, k))
        elif "figure" in kinds and is_numword(t):
            cands.append(("figure", k, k))
        elif "name" in kinds and n > 0 and is_name(t):
            cands.append(("name", k, k))
        elif "qualifier" in kinds:
            for q in QUALIFIERS:
                qw = q.split()
                if n + len(qw) < len(widx) and [segs[widx[n + m]][0].lower() for m in range(len(qw))] == qw:
                    after = segs[widx[n + len(qw)]][0]
                    if is_digits(after) or is_numword(after):
                        cands.append(("qualifier", k, widx[n + len(qw) - 1]))
    cands = [c for c in cands if c[0] in kinds]
    if not cands:
        return False
    kind, k0, k1 = rng.choice(cands)
    old = "".join(t for t, _ in segs[k0:k1 + 1])
    if kind == "figure":
        new = change_number(rng, old) if is_digits(old) else change_numword(rng, old)
    elif kind == "name":
        new = respell(rng, old)
    else:
        new = same_case(old, rng.choice([q for q in QUALIFIERS if q != old.lower()]))
    if not new or new == old:
        return False
    gid = gold.new(kind, f"{old} -> {new}")
    if kind == "figure":
        gold.items[gid]["form"] = "digits" if is_digits(old) else "words"
    segs[k0:k1 + 1] = [[new, gid]]
    a_segs = a_sent.segs
    a_segs[k0:k1 + 1] = [[old, gid]]
    a_sent.touched = b_sent.touched = True
    return True


def perturb(rng, src, a_paras, rates):
    """a_paras: list of list of str. Returns (A, B) as lists of paragraphs of
    Sentence objects, and the Gold list."""
    gold = Gold()
    A = [[make_sentence(s) for s in p] for p in a_paras]
    B = []
    structural = {"split": 0, "merge": 0}
    i = 0
    while i < len(A):
        pa = A[i]
        pb = [s.copy() for s in pa]
        # token-level injections, at most one per sentence
        order = list(range(len(pb)))
        rng.shuffle(order)
        budget = 2
        for k in order:
            if budget == 0:
                break
            r = rng.random()
            kinds = set()
            if r < rates["figure"]:
                kinds = {"figure"}
            elif r < rates["figure"] + rates["name"]:
                kinds = {"name"}
            elif r < rates["figure"] + rates["name"] + rates["qualifier"]:
                kinds = {"qualifier"}
            if kinds and inject_token(rng, gold, pa[k], pb[k], kinds):
                budget -= 1
        # a qualifier next to a number is rare: take it more often
        for k in order:
            if not pa[k].touched and rng.random() < 0.5:
                inject_token(rng, gold, pa[k], pb[k], {"qualifier"})
        # drop a sentence of A from B
        if len(pb) >= 2 and rng.random() < rates["drop"]:
            cands = [k for k in range(len(pb)) if not pa[k].touched and pa[k].words() >= 9]
            if cands:
                k = rng.choice(cands)
                gid = gold.new("omission", "sentence dropped from B")
                pa[k].tag = gid
                pa[k].touched = True
                del pb[k]
        # add a foreign sentence to B
        if rng.random() < rates["add"]:
            s = make_sentence(rng.choice(src.foreign))
            gid = gold.new("addition", "sentence added to B")
            s.tag = gid
            s.touched = True
            pb.insert(rng.randint(0, len(pb)), s)
        # structure: split this paragraph, or merge it with the next
        r = rng.random()
        if len(pb) >= 2 and r < rates["split"]:
            cut = rng.randint(1, len(pb) - 1)
            B.append(pb[:cut])
            B.append(pb[cut:])
            structural["split"] += 1
        elif r < rates["split"] + rates["merge"] and B:
            B[-1] = B[-1] + pb
            structural["merge"] += 1
        else:
            B.append(pb)
        i += 1
    return A, [p for p in B if p], gold, structural


def render(paras):
    """Text bytes and span per tag: {tag: (start, end)} in bytes."""
    out = bytearray()
    spans = {}
    for n, p in enumerate(paras):
        if n:
            out += b"\n\n"
        for m, s in enumerate(p):
            if m:
                out += b" "
            s_start = len(out)
            for t, g in s.segs:
                start = len(out)
                out += t.encode("utf-8")
                if g is not None:
                    spans[g] = (start, len(out))
            if s.tag is not None:
                spans[s.tag] = (s_start, len(out))
    out += b"\n"
    return bytes(out), spans


RATES = {"figure": 0.10, "name": 0.06, "qualifier": 0.03, "drop": 0.06, "add": 0.05, "split": 0.04, "merge": 0.04}


def write_pair(outdir, label, a_paras, rng, src, rates=RATES, min_injections=0):
    for _ in range(20):  # a tiny pair may draw too few injections: draw again (deterministically)
        A, B, gold, structural = perturb(rng, src, a_paras, rates)
        if len(gold.items) >= min_injections:
            break
    a_bytes, a_spans = render(A)
    b_bytes, b_spans = render(B)
    a_path = os.path.join(outdir, f"{label}.A.txt")
    b_path = os.path.join(outdir, f"{label}.B.txt")
    with open(a_path, "wb") as f:
        f.write(a_bytes)
    with open(b_path, "wb") as f:
        f.write(b_bytes)
    items = []
    for it in gold.items:
        g = dict(it)
        for side, sp, data in (("a", a_spans, a_bytes), ("b", b_spans, b_bytes)):
            if it["id"] in sp:
                s, e = sp[it["id"]]
                g[side] = {"start": s, "end": e, "text": data[s:e].decode("utf-8")}
            else:
                g[side] = None
        items.append(g)
    meta = {"label": label, "a": os.path.basename(a_path), "b": os.path.basename(b_path),
            "bytes_a": len(a_bytes), "bytes_b": len(b_bytes),
            "paragraphs_a": len(A), "paragraphs_b": len(B), "structural": structural,
            "counts": {k: sum(1 for g in items if g["kind"] == k) for k in sorted({g["kind"] for g in items})},
            "injections": items}
    with open(os.path.join(outdir, f"{label}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    return meta


def parse_size(s):
    s = s.strip().upper()
    mult = {"K": 1000, "M": 1000 * 1000}
    return int(float(s[:-1]) * mult[s[-1]]) if s[-1] in mult else int(s)


def cmd_pairs(args):
    os.makedirs(args.outdir, exist_ok=True)
    for label in args.sizes.split(","):
        rng = random.Random(f"{args.seed}:{label}")
        src = Source(rng)
        a = build_a(rng, src, parse_size(label))
        # small pairs get denser injections, so that recall is measured on more than a handful
        scale = 3.0 if parse_size(label) < 50000 else 1.0
        rates = {k: min(0.5, v * scale) for k, v in RATES.items()}
        meta = write_pair(args.outdir, label, a, rng, src, rates, min_injections=min(8, len(a)))
        print(f"{label}: A {meta['bytes_a']} B, B {meta['bytes_b']} B, {meta['paragraphs_a']} paragraphs, "
              f"injected {meta['counts']}", file=sys.stderr)


def cmd_patho(args):
    os.makedirs(args.outdir, exist_ok=True)
    size = parse_size(args.size)
    # 1. two unrelated files: A from the official page, B from three other texts
    rng = random.Random(f"{args.seed}:unrelated")
    src = Source(rng)
    a = build_a(rng, src, size)
    other = Source(rng)
    other.paras = other.other_paras
    b = build_a(rng, other, size)
    for name, paras in (("unrelated.A.txt", a), ("unrelated.B.txt", b)):
        with open(os.path.join(args.outdir, name), "wb") as f:
            f.write("\n\n".join(" ".join(p) for p in paras).encode("utf-8") + b"\n")
    # 2. one huge paragraph (half the size), B perturbed but kept one paragraph
    rng = random.Random(f"{args.seed}:onepara")
    src = Source(rng)
    a = build_a(rng, src, size // 2)
    rates = dict(RATES, split=0, merge=0)
    A, B, gold, _ = perturb(rng, src, a, rates)
    for name, paras in (("onepara.A.txt", A), ("onepara.B.txt", B)):
        text = " ".join(" ".join(s.text() for s in p) for p in paras)
        with open(os.path.join(args.outdir, name), "wb") as f:
            f.write(text.encode("utf-8") + b"\n")
    # 3. 100,000 one-word paragraphs, B with 1% of the words changed
    rng = random.Random(f"{args.seed}:words")
    words = [t for p in src.paras for s in p for t in tokens(s) if re.match(r"\w", t)]
    aw = [rng.choice(words) for _ in range(args.words)]
    bw = [respell(rng, w) if len(w) >= 4 and rng.random() < 0.01 else w for w in aw]
    for name, ws in (("words.A.txt", aw), ("words.B.txt", bw)):
        with open(os.path.join(args.outdir, name), "wb") as f:
            f.write("\n\n".join(ws).encode("utf-8") + b"\n")
    print(f"pathological inputs in {args.outdir}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pairs")
    p.add_argument("outdir")
    p.add_argument("--sizes", default="2K,20K,200K,2M,20M")
    p.add_argument("--seed", default="parallax-bench-1")
    p.set_defaults(fn=cmd_pairs)
    q = sub.add_parser("patho")
    q.add_argument("outdir")
    q.add_argument("--size", default="20M", help="size of each unrelated file; the one paragraph is half of it")
    q.add_argument("--words", type=int, default=100000)
    q.add_argument("--seed", default="parallax-bench-1")
    q.set_defaults(fn=cmd_patho)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
