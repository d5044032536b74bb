#!/usr/bin/env bash
# Inputs as people have them (docs/inputs.md), end to end: a saved news page
# (fixtures/html-page) beside a text rendering, standard input, UTF-16, a
# PDF and a DOCX made here (python3: a PDF written object by object, a DOCX
# zipped with zipfile), and the formats refused with a way to convert them.
set -uo pipefail
P=$(realpath "$1"); F=$(realpath "$2")/html-page/input
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
txt=$F/yapresident-akorda.txt page=$F/astanatimes-page.html
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() {  # check NAME COMMAND... : the command must succeed
  local name=$1; shift
  if "$@"; then ok; else bad "$name"; fi
}

# --- a saved page: the article inside it aligns with the text rendering ---
"$P" compare "$txt" "$page" > page.out 2> page.err; s=$?
[ "$s" -eq 1 ] && grep -q "^  \[1\] astanatimes-page (en): aligned, full rendering" page.out && ! grep -q unrelated page.out && [ ! -s page.err ] \
  && ok || bad "html page: status $s, $(sed -n 1,3p page.out) $(cat page.err)"
# the same report as for the text the page was made around: nothing of the page's chrome is read
"$P" compare "$txt" "$F/../../cases/akorda-2024-talks/astanatimes-report.txt" > text.out
check "html page: same summary as its article as text" [ "$(head -1 page.out)" = "$(head -1 text.out)" ]
check "html page: no navigation, script, hidden text or sidebar in the report" bash -c "! grep -qE 'Skip to content|dataLayer|cookies|Trending|Related stories|Share on' page.out"
# --list points into the HTML source: the quote's line and byte column are where it is written
"$P" compare "$txt" "$page" --list > page.list
loc=$(grep -m1 'astanatimes-page.html:[0-9]*:[0-9]*: medium: quote' page.list | cut -d: -f2,3)
line=${loc%:*} col=${loc#*:}
check "html --list: the quote found ($loc)" [ -n "$loc" ]
check "html --list: line $line column $col is the quote in the page" \
  bash -c "sed -n '${line}p' '$page' | tail -c +$col | grep -q '^I believe that your visit'"

# --- standard input ---
"$P" compare "$txt" - < "$page" > stdin.out; s=$?
check "stdin: exit status 1 ($s)" [ "$s" -eq 1 ]
check "stdin: labelled stdin, aligned" grep -q "^  \[1\] stdin (en): aligned" stdin.out
check "stdin: the same findings as the file" [ "$(head -1 stdin.out)" = "$(head -1 page.out)" ]
"$P" compare - - < "$txt" > /dev/null 2> twice.err; s=$?
check "stdin twice: status 2 ($s)" [ "$s" -eq 2 ]
check "stdin twice: says so" grep -q "'-' (standard input) is given more than once" twice.err
"$P" facts - < "$txt" > facts.out; s=$?
check "facts from stdin ($s)" bash -c "[ $s -eq 0 ] && grep -q 'Kassym-Jomart Tokayev' facts.out"

# --- --base names a rendering by its file name with extension, its path
# without extension, or "-"/"stdin" for standard input ---
mkdir -p pages; cp "$page" pages/
for base in astanatimes-page.html pages/astanatimes-page astanatimes-page; do
  "$P" compare "$txt" pages/astanatimes-page.html --base "$base" > base.out 2> base.err
  check "--base $base" grep -q "^  \[1\] astanatimes-page (en): aligned, base" base.out
done
for base in - stdin; do
  "$P" compare "$txt" - --base "$base" < "$page" > base.out 2> base.err
  check "--base $base" grep -q "^  \[1\] stdin (en): aligned, base" base.out
done

# --- UTF-16 with a byte-order mark ---
for enc in UTF-16LE UTF-16BE; do
  { if [ $enc = UTF-16LE ]; then printf '\xff\xfe'; else printf '\xfe\xff'; fi; iconv -f UTF-8 -t $enc "$txt"; } > "akorda-$enc.txt"
  "$P" compare "akorda-$enc.txt" "$page" > u16.out 2> u16.err; s=$?
  check "$enc: status 1 ($s: $(cat u16.err))" [ "$s" -eq 1 ]
  check "$enc: same summary as UTF-8" [ "$(head -1 u16.out)" = "$(head -1 page.out)" ]
done

# --- PDF and DOCX of the release, made here ---
python3 - "$txt" <<'PY'
import sys, textwrap, zipfile
from xml.sax.saxutils import escape
paras = [p.strip() for p in open(sys.argv[1], encoding='utf-8').read().split('\n\n') if p.strip()]
# PDF: Helvetica in WinAnsi, lines wrapped at 80, a blank line between paragraphs
def pdf_string(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
stream = b'BT /F1 10 Tf 50 760 Td 12 TL\n'
for p in paras:
    for line in textwrap.wrap(p, 80):
        stream += b'(' + pdf_string(line) + b') Tj T*\n'
    stream += b'T*\n'
stream += b'ET\n'
objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream']
out = b'%PDF-1.4\n'; at = []
for k, o in enumerate(objs):
    at.append(len(out)); out += b'%d 0 obj\n' % (k + 1) + o + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % a for a in at)
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
open('akorda.pdf', 'wb').write(out)
# DOCX: the least Word writes; each paragraph's words split over two runs
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r></w:p>'
               % (escape(p.split(' ', 1)[0]), escape(p.split(' ', 1)[1] if ' ' in p else '')) for p in paras)
doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>%s' \
      '<w:p><w:del><w:r><w:delText>Deleted in review.</w:delText></w:r></w:del></w:p></w:body></w:document>' % (W, body)
with zipfile.ZipFile('akorda.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('word/document.xml', doc)
with zipfile.ZipFile('book.odt', 'w') as z:
    z.writestr('mimetype', 'application/vnd.oasis.opendocument.text'); z.writestr('content.xml', '<office:document-content/>')
PY
for f in akorda.pdf akorda.docx; do
  "$P" compare "$f" "$page" > doc.out 2> doc.err; s=$?
  check "$f: status 1 ($s: $(cat doc.err))" [ "$s" -eq 1 ]
  check "$f: both aligned" bash -c "grep -q '^  \[0\] akorda (en): aligned' doc.out && grep -q '^  \[1\] astanatimes-page (en): aligned' doc.out"
  # the same paragraphs as the text it was made from: its rows and findings
  check "$f: same summary as the text" [ "$(head -1 doc.out)" = "$(head -1 page.out)" ]
done
"$P" facts akorda.docx | grep -q "Deleted in review" && bad "docx: deleted text read" || ok

# --- refused, saying how to convert; never "binary file" ---
head -c 300 akorda.pdf > cut.pdf
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0' > old.doc
printf '\xff\xfe\0\0H\0\0\0' > u32.txt
for row in "cut.pdf|a PDF that cannot be read|pdftotext" "old.doc|Office 97-2003|libreoffice --headless --convert-to" \
           "book.odt|not a DOCX|libreoffice --headless --convert-to" "u32.txt|UTF-32|iconv"; do
  IFS='|' read -r f what how <<<"$row"
  "$P" compare "$f" "$txt" > /dev/null 2> refused.err; s=$?
  check "$f refused: status 2 ($s)" [ "$s" -eq 2 ]
  check "$f refused: '$what' and '$how' ($(cat refused.err))" bash -c "grep -q -- '$f: .*$what' refused.err && grep -q -- '$how' refused.err && ! grep -q 'binary file' refused.err"
done

# --- the PDF reader is a module (parallax-pdf.so) loaded when a PDF is read:
# a parallax without it beside it still starts, reads text, and refuses a PDF
# saying so (exit 2), never crashes ---
mkdir -p alone && cp "$P" alone/parallax
alone/parallax compare "$txt" "$txt" > /dev/null 2>&1; s=$?
check "without the PDF module: text still compared ($s)" [ "$s" -eq 0 ]
alone/parallax compare akorda.pdf "$txt" > /dev/null 2> nomodule.err; s=$?
check "without the PDF module: a PDF refused, status 2 ($s)" [ "$s" -eq 2 ]
check "without the PDF module: the message names the file, the module and pdftotext ($(cat nomodule.err))" \
  bash -c "grep -q 'akorda.pdf: a PDF, but .*parallax-pdf.so.*pdftotext' nomodule.err"
check "the program does not load poppler until a PDF is read" bash -c "! ldd '$P' | grep -q poppler"

echo "inputs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
