#!/usr/bin/env python3
"""One Bible module as plain text, one verse per line: ref<TAB>text.

    extract.py MODULE OUT.tsv [--paragraphs]

MODULE is a SWORD module name (engKJV2006eb, spaRV1909eb, engWEB2015eb) or
one of the aliases KJV, RV1909 (also SpaRV), WEB. The text is read with
`mod2imp` (Debian libsword-utils), which prints `$$$Book C:V` lines each
followed by the verse in the module's OSIS markup. Verses are written in the
module's own (canonical) order; the book and chapter introductions (C:0, 0:0)
and empty verses are left out. Refs are mod2imp's ("Genesis 1:1",
"I Samuel 3:4"), the same strings for every module, so verses common to two
modules are the refs they share.

Markup removed: footnotes (`<note>` with their content), section headings
and Psalm 119's letter headings (`<title>` unless canonical="true": the
Psalm superscriptions are text of the verse in both KJV and RV1909, so they
are kept), speaker labels (`<speaker>`), every other tag (Strong's `<w>`,
`<transChange>` italics, `<divineName>`, `<q>`, poetry lines) keeping the
words inside. Entities are decoded, white space collapsed, the KJV's pilcrow
(¶) dropped from the text.

--paragraphs adds a third column, "¶", on each verse where the module's
markup opens a paragraph (`<div type="x-p" sID=…>` before the verse's first
word, or after the last word of the verse before) or where the KJV prints
its pilcrow. Other lines then have an empty third column.
"""
import html
import re
import subprocess
import sys

ALIASES = {"KJV": "engKJV2006eb", "RV1909": "spaRV1909eb", "SPARV": "spaRV1909eb",
           "WEB": "engWEB2015eb"}

REF = re.compile(r"^\$\$\$(.+) (\d+):(\d+)$")
NOTE = re.compile(r"<note\b[^>]*/>|<note\b[^>]*>.*?</note>", re.S)
TITLE = re.compile(r"<title\b([^>]*)>(.*?)</title>", re.S)
SPEAKER = re.compile(r"<speaker\b[^>]*>.*?</speaker>", re.S)
PARA_OPEN = re.compile(r'<div\b(?=[^>]*\btype="x-p")(?=[^>]*\bsID=)[^>]*/>')
# Tags that separate words (line, line group, line break, division,
# milestone, chapter) become a space; inline tags (<w>, <transChange>, ...)
# vanish, so "<w>Let</w>’s" stays one word.
BLOCK_TAG = re.compile(r"</?(?:l|lg|lb|div|milestone|chapter|p|list|item|title)\b[^>]*>")
# RV1909 writes the words a translator added (<transChange>) against the
# neighbouring <w> with no space ("uno</w><transChange>llamado",
# "que</w></transChange><w>Salomón"): between two letters that seam is a
# word boundary (KJV and WEB have none).
WORD_SEAM = re.compile(r"(?<=[^\W\d_])((?:</(?:w|transChange)>)+)(?=(?:<(?:w|transChange)\b[^>]*>)+[^\W\d_])")
ANY_TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")
PARA_MARK = "\x00P\x00"
NOTE_MARK = "\x01"
# The WEB's source loses the space after a footnote ("God<note>…</note>created"):
# a removed note followed by a word is a word boundary unless white space or an
# opening quote already precedes it.
NOTE_GAP = re.compile(r"(?<=[^\s“‘(\[])\x01(?=\w)")


def keep_canonical_title(m):
    return " " + m.group(2) + " " if 'canonical="true"' in m.group(1) else " "


def plain(raw):
    """(text, opens_paragraph_before_text, opens_paragraph_after_text)."""
    s = NOTE.sub(NOTE_MARK, raw)
    s = SPEAKER.sub("", s)
    s = TITLE.sub(keep_canonical_title, s)
    s = PARA_OPEN.sub(PARA_MARK, s)
    s = WORD_SEAM.sub(r"\1 ", s)
    s = BLOCK_TAG.sub(" ", s)
    s = ANY_TAG.sub("", s)
    s = NOTE_GAP.sub(" ", s).replace(NOTE_MARK, "")
    s = html.unescape(s)
    pilcrow = "¶" in s
    s = s.replace("¶", " ")
    before, after = False, False
    if PARA_MARK in s:
        head, _, _ = s.partition(PARA_MARK)
        tail = s.rpartition(PARA_MARK)[2]
        before = not head.strip() or pilcrow
        after = not tail.strip()
        s = s.replace(PARA_MARK, " ")
    s = SPACE.sub(" ", s).strip()
    return s, before or pilcrow, after


def verses(module):
    """Yields (ref, raw markup) in module order, chapter and book heads included."""
    out = subprocess.run(["mod2imp", module], check=True, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE).stdout.decode("utf-8")
    ref, lines = None, []
    for line in out.split("\n"):
        if line.startswith("$$$"):
            if ref is not None:
                yield ref, "\n".join(lines)
            ref, lines = line, []
        else:
            lines.append(line)
    if ref is not None:
        yield ref, "\n".join(lines)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    with_paras = "--paragraphs" in argv
    if len(args) != 2 or any(a not in ("--paragraphs",) for a in argv if a.startswith("--")):
        sys.exit("usage: extract.py MODULE OUT.tsv [--paragraphs]")
    module = ALIASES.get(args[0].upper(), args[0])
    pending = True  # a paragraph opens at the first verse of the module
    n = 0
    with open(args[1], "w", encoding="utf-8") as out:
        for head, raw in verses(module):
            m = REF.match(head)
            text, before, after = plain(raw)
            if not m or m.group(3) == "0":  # module, testament, book or chapter heading
                if PARA_OPEN.search(raw):
                    pending = True
                continue
            if not text:  # a verse this module does not have (versification gap)
                pending = pending or before or after
                continue
            opens = pending or before
            pending = after
            ref = f"{m.group(1)} {m.group(2)}:{m.group(3)}"
            out.write(f"{ref}\t{text}" + (f"\t{'¶' if opens else ''}" if with_paras else "") + "\n")
            n += 1
    print(f"extract: {module}: {n} verses -> {args[1]}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
