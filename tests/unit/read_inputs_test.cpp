// read: inputs as people have them (docs/inputs.md): UTF-16, HTML pages,
// PDF, DOCX, standard input, and the formats refused with a way to convert.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "parallax/error.hpp"
#include "parallax/read.hpp"
#include "test_docs.hpp"
#include "report/summary.hpp"

using namespace parallax;

namespace {


std::string utf16(std::u16string_view s, bool big_endian) {
    std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (char16_t u : s) {
        char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += big_endian ? hi : lo;
        out += big_endian ? lo : hi;
    }
    return out;
}

// A one-page PDF whose content stream shows `lines`, one per text line, in
// Helvetica: the objects, then a cross-reference table at the offsets they
// were written at.
std::string pdf_of(const std::vector<std::string>& lines) {
    std::string stream = "BT /F1 11 Tf 72 720 Td 14 TL\n";
    for (const auto& l : lines) stream += "(" + l + ") Tj T*\n";
    stream += "ET\n";
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> at;
    for (std::size_t k = 0; k < objects.size(); ++k) {
        at.push_back(pdf.size());
        pdf += std::to_string(k + 1) + " 0 obj\n" + objects[k] + "\nendobj\n";
    }
    std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t a : at) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", a);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace

TEST_CASE("read: UTF-16 with a byte-order mark is decoded, little and big endian", "[read]") {
    for (bool be : {false, true}) {
        Document d = read_bytes("u.txt", utf16(u"Tokayev met Xi \u201CJinping\u201D in \u0410\u0441\u0442\u0430\u043D\u0430.\n", be));
        CHECK(d.text == "Tokayev met Xi \u201CJinping\u201D in \u0410\u0441\u0442\u0430\u043D\u0430.\n");
        REQUIRE(d.source);
        CHECK(d.source->format == (be ? "utf-16be" : "utf-16le"));
    }
    // a character outside the BMP, as a surrogate pair
    CHECK(read_bytes("u.txt", utf16(u"a \U0001F600 b", false)).text == "a \U0001F600 b");
}

TEST_CASE("read: bad UTF-16 names the byte offset, UTF-32 is refused with a way to convert", "[read]") {
    CHECK(message_of("u.txt", utf16(u"ab", false) + std::string("\x3D\xD8" "c\0", 4)) ==
          "u.txt: invalid UTF-16LE at byte offset 6 (an unpaired surrogate or a cut-off last character)");
    CHECK(message_of("u.txt", utf16(u"ab", true) + "c") ==
          "u.txt: invalid UTF-16BE at byte offset 6 (an unpaired surrogate or a cut-off last character)");
    CHECK(message_of("u.txt", "\xFF\xFE") == "u.txt: file is empty (only a byte-order mark)");
    CHECK(message_of("u.txt", std::string("\xFF\xFE\0\0a\0\0\0", 8)).find("UTF-32 text is not read; convert it to UTF-8 first: iconv") !=
          std::string::npos);
}

TEST_CASE("read: an HTML page becomes the text a reader sees", "[read]") {
    std::string page =
        "<!DOCTYPE html>\n<html><head><title>Site</title><style>p{color:red}</style>\n"
        "<script>var s = \"<p>not text</p>\";</script></head>\n"
        "<body><header class=site><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>\n"
        "<div style=\"display: none\">Cookie banner</div><p hidden>Hidden</p><span aria-hidden=\"true\">Share</span>\n"
        "<main><article><header><h1>Talks in&nbsp;Astana</h1><time>3 July</time></header>\n"
        "<p>The   President\n  met &#8220;Xi&#8221; &amp; his team.</p><p>Second <b>paragraph</b>,<br>a line of its own.</p>\n"
        "<ul><li>one</li><li>two</li></ul></article>\n"
        "<aside>Related stories</aside></main><footer>Copyright</footer></body></html>\n";
    Document d = read_bytes("page.html", page);
    CHECK(d.text ==
          "Talks in\u00A0Astana\n\n3 July\n\nThe President met \u201CXi\u201D & his team.\n\n"
          "Second paragraph,\na line of its own.\n\none\n\ntwo");
    REQUIRE(d.source);
    CHECK(d.source->format == "html");
    CHECK(d.source->bytes == page);
    CHECK(d.name == "page");
}

TEST_CASE("read: a span of an HTML page is shown at its line and byte column in the page", "[read]") {
    std::string page = "<!doctype html>\n<body>\n<p>It said &#8220;yes&#8221; to \xE2\x80\x9Cthe plan\xE2\x80\x9D at last.</p>\n";
    Document d = read_bytes("p.htm", page);
    REQUIRE(d.text == "It said \u201Cyes\u201D to \u201Cthe plan\u201D at last.");
    auto at = [&](std::string_view word) { return report::line_col(d, d.text.find(word), report::Columns::bytes); };
    // byte columns in the source line "<p>It said &#8220;yes&#8221; to “the plan” at last.</p>"
    std::string line = "<p>It said &#8220;yes&#8221; to \xE2\x80\x9Cthe plan\xE2\x80\x9D at last.</p>";
    for (std::string_view word : {"It", "yes", "to", "plan", "last"}) {
        CHECK(at(word).line == 3);
        CHECK(at(word).col == line.find(word) + 1);
    }
    // a character written as a reference points at the reference
    CHECK(at("\u201Cyes").col == line.find("&#8220;") + 1);
}

TEST_CASE("read: a file that begins as an HTML page is read as one, whatever its name", "[read]") {
    CHECK(read_bytes("saved.txt", "\n  <!-- saved from url -->\n<HTML><body><p>One.</p><p>Two.</p></body></HTML>").text == "One.\n\nTwo.");
    CHECK(read_bytes("-", "<!DOCTYPE html><p>From a pipe.</p>").text == "From a pipe.");
    // a file named .html without a single tag is text, its paragraphs kept
    CHECK(read_bytes("plain.html", "One.\n\nTwo < three.\n").text == "One.\n\nTwo < three.\n");
    // text that mentions a tag is text
    CHECK(read_bytes("notes.txt", "Write <html> at the top.\n").text == "Write <html> at the top.\n");
    CHECK(message_of("empty.html", "<!DOCTYPE html><script>x()</script><nav>Menu</nav>") ==
          "empty.html: an HTML page with no text outside its markup, scripts and navigation");
}

TEST_CASE("read: a page in a legacy charset names it and how to convert", "[read]") {
    CHECK(message_of("old.html", "<html><head><meta charset=\"windows-1251\"></head><p>\xCF\xF0\xE8</p>") ==
          "old.html: invalid UTF-8 at byte offset 51 (the page says charset=windows-1251; convert it: iconv -f windows-1251 -t UTF-8 FILE > FILE.utf8.html)");
}

TEST_CASE("read: standard input is named as such", "[read]") {
    CHECK(message_of("-", "") == "standard input: file is empty");
    CHECK(message_of("-", "a\xFF") == "standard input: invalid UTF-8 at byte offset 1");
    Document d = read_bytes("-", "Some text.\n");
    CHECK(d.name == "stdin");
    CHECK(d.path == "-");
}

TEST_CASE("read: a PDF's text layer is read, its lines joined into paragraphs", "[read]") {
    Document d = read_bytes("release.pdf", pdf_of({"The talks were held in Astana on 3 July and covered trade,",
                                                  "energy and transport.", "", "A second paragraph follows."}));
    CHECK(d.text == "The talks were held in Astana on 3 July and covered trade, energy and transport.\n\nA second paragraph follows.");
    REQUIRE(d.source);
    CHECK(d.source->format == "pdf");
}

TEST_CASE("read: documents that cannot be read say how to convert them, never 'binary file'", "[read]") {
    auto refused = [](const std::string& path, const std::string& bytes, const std::string& says) {
        std::string m = message_of(path, bytes);
        INFO(m);
        CHECK(m.rfind(path + ": ", 0) == 0);
        CHECK(m.find(says) != std::string::npos);
        CHECK(m.find("binary file") == std::string::npos);
    };
    refused("broken.pdf", std::string("%PDF-1.7\n\0\0\x01 not really", 22), "a PDF that cannot be read (damaged or not a PDF); convert it to text with pdftotext");
    refused("scan.pdf", pdf_of({}), "a PDF without a text layer (a scan?); run OCR first");
    refused("old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0", 11), "libreoffice --headless --convert-to txt:Text FILE");
    refused("note.rtf", "{\\rtf1\\ansi Hello}", "an RTF document");
    refused("broken.docx", std::string("PK\x03\x04\0\0\0\0 truncated", 18), "a damaged zip archive");
}
