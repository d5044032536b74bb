#include "parallax/read.hpp"

#include <cctype>
#include <filesystem>
#include <optional>

#include "../unicode/unicode.hpp"
#include "../unicode/icu.hpp"
#include "extract.hpp"
#include "file_bytes.hpp"
#include "parallax/display.hpp"
#include "parallax/error.hpp"

namespace parallax {

namespace fs = std::filesystem;

namespace {

// Whether valid UTF-8 `bytes` hold anything to compare: a code point other
// than white space (ASCII or Unicode: U+3000, U+00A0...), a control or
// format character (zero-width space and joiners, the BOM) or an unassigned
// one. A file of only those is refused as an ASCII-blank file is.
bool has_visible_text(std::string_view bytes) {
    for (std::size_t pos = 0; pos < bytes.size();) {
        auto k = unicode::classify(unicode::next(bytes, pos));
        if (k != unicode::Class::space && k != unicode::Class::other) return true;
    }
    return false;
}

const std::string standard_input = "standard input";

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_html_name(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".html" || ext == ".htm" || ext == ".xhtml";
}

// Whether a file named .html holds a tag at all: plain text saved under
// that name keeps its paragraphs (HTML would collapse its blank lines).
bool has_tag(std::string_view bytes) {
    for (std::size_t at = bytes.find('<'); at != std::string_view::npos && at + 1 < bytes.size(); at = bytes.find('<', at + 1)) {
        unsigned char next = static_cast<unsigned char>(bytes[at + 1]);
        if (std::isalpha(next) || next == '!' || next == '/') return true;
    }
    return false;
}

// A UTF-16 file with its byte-order mark, decoded in place to UTF-8;
// nullopt when `bytes` have no UTF-16 (or UTF-32) mark.
std::optional<SourceMap> decode(const std::string& shown, std::string& bytes) {
    if (starts_with(bytes, std::string_view("\xFF\xFE\0\0", 4)) || starts_with(bytes, std::string_view("\0\0\xFE\xFF", 4)))
        throw Error(shown, "UTF-32 text is not read; convert it to UTF-8 first: iconv -f UTF-32 -t UTF-8 FILE > FILE.txt");
    bool le = starts_with(bytes, "\xFF\xFE"), be = starts_with(bytes, "\xFE\xFF");
    if (!le && !be) return std::nullopt;
    std::string text;
    std::size_t bad = 0;
    if (!unicode::utf16_to_utf8(std::string_view(bytes).substr(2), be, text, bad))
        throw Error(shown, std::string("invalid UTF-16") + (le ? "LE" : "BE") + " at byte offset " + std::to_string(bad + 2) +
                               " (an unpaired surrogate or a cut-off last character)");
    if (text.empty()) throw Error(shown, "file is empty (only a byte-order mark)");
    bytes = std::move(text);
    return SourceMap{le ? "utf-16le" : "utf-16be", {}, {}};
}

const char* how_to_convert = "convert it to text first, e.g. libreoffice --headless --convert-to txt:Text FILE";

// A PDF, a DOCX, or another document format recognized by its first bytes:
// its text in place of `bytes`, or an error that says how to convert it.
std::optional<SourceMap> extract_document(const std::string& shown, std::string& bytes) {
    if (bytes.substr(0, 1024).find("%PDF-") != std::string::npos) {
        detail::Extracted x = detail::pdf_text(shown, bytes);
        if (!has_visible_text(x.text) || unicode::first_invalid_byte(x.text) != unicode::valid)
            throw Error(shown, "a PDF without a text layer (a scan?); run OCR first, e.g. ocrmypdf FILE out.pdf");
        bytes = std::move(x.text);
        return SourceMap{"pdf", {}, {}};
    }
    if (starts_with(bytes, "PK\x03\x04")) {
        std::string xml;
        if (!detail::zip_member(shown, bytes, "word/document.xml", max_file_bytes, xml))
            throw Error(shown, std::string("a zip archive, not a DOCX (no word/document.xml); if it is a document (ODT, EPUB), ") + how_to_convert);
        detail::Extracted x = detail::docx_text(shown, xml);
        if (!has_visible_text(x.text)) throw Error(shown, "a DOCX with no text in its paragraphs");
        bytes = std::move(x.text);
        return SourceMap{"docx", {}, {}};
    }
    if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        throw Error(shown, std::string("a Microsoft Office 97-2003 file (.doc), which is not read; ") + how_to_convert);
    if (starts_with(bytes, "{\\rtf"))
        throw Error(shown, std::string("an RTF document, which is not read as text (its markup would be compared); ") + how_to_convert);
    return std::nullopt;
}

// Pages saved in a legacy encoding say so in a meta tag: name it.
std::string charset_hint(std::string_view bytes) {
    std::string head(bytes.substr(0, 4096));
    for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t at = head.find("charset=");
    if (at == std::string::npos) return "";
    std::size_t start = at + 8 + (at + 8 < head.size() && (head[at + 8] == '"' || head[at + 8] == '\''));
    std::size_t end = head.find_first_of("\"' ;/>", start);
    std::string name = head.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (name.empty() || name == "utf-8" || name == "utf8" || name.size() > 40) return "";
    return " (the page says charset=" + name + "; convert it: iconv -f " + name + " -t UTF-8 FILE > FILE.utf8.html)";
}

}  // namespace

std::string label_for(const std::string& path) {
    if (path == "-") return "stdin";
    return fs::path(path).stem().string();
}

Document read_file(const std::string& path) { return read_bytes(path, detail::read_regular_file(path, max_file_bytes)); }

Document read_bytes(const std::string& path, std::string bytes) {
    // Standard input ("-") is named as such in messages.
    const std::string& shown = path == "-" ? standard_input : path;
    if (bytes.empty()) throw Error(shown, "file is empty");
    std::optional<SourceMap> source = decode(shown, bytes);
    if (!source) source = extract_document(shown, bytes);
    if (!source || source->format != "pdf") {
        if (auto nul = bytes.find('\0'); nul != std::string::npos)
            throw Error(shown, "binary file (NUL byte at offset " + std::to_string(nul) + "), expected UTF-8 text");
        if (auto bad = unicode::first_invalid_byte(bytes); bad != unicode::valid)
            throw Error(shown, "invalid UTF-8 at byte offset " + std::to_string(bad) + charset_hint(bytes));
    }
    if ((!source || source->format.starts_with("utf-16")) && ((is_html_name(path) && has_tag(bytes)) || detail::sniffs_as_html(bytes))) {
        detail::Extracted x = detail::html_text(bytes);
        if (!has_visible_text(x.text)) throw Error(shown, "an HTML page with no text outside its markup, scripts and navigation");
        // A UTF-16 page is mapped into its decoded text: line and column as an editor shows them.
        source = SourceMap{"html", std::move(bytes), std::move(x.pieces)};
        bytes = std::move(x.text);
    }
    if (!has_visible_text(bytes)) throw Error(shown, "file has no text (only whitespace or invisible characters)");
    Document doc;
    // Shown in reports and JSON; the caller keeps the path as given for opening.
    doc.path = display(path);
    doc.name = display(label_for(path));
    doc.text = std::move(bytes);
    doc.source = std::move(source);
    return doc;
}

}  // namespace parallax
