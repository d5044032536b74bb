// The only doorway to poppler (Debian libpoppler-cpp-dev): the text layer
// of a PDF, page by page, its lines joined into paragraphs.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>
#include <sstream>
#include <vector>

#include "extract.hpp"
#include "parallax/error.hpp"

namespace parallax::detail {

namespace {

// poppler writes its complaints about a damaged file to stderr; the
// library prints nothing, and the error it throws says what matters.
void quiet(const std::string&, void*) {}

std::string trim(std::string_view s) {
    std::size_t a = s.find_first_not_of(" \t\r\f"), b = s.find_last_not_of(" \t\r\f");
    return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}

bool ends_sentence(std::string_view line) {
    for (std::string_view end : {".", "!", "?", ":", "\"", "\u201D", "\u00BB", "\u3002", "\uFF01", "\uFF1F"})
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
    return false;
}

// A PDF has lines, not paragraphs: a line that ends a sentence and stops
// well short of the page's longest line ends its paragraph (the last line
// of a paragraph is its short one); a blank line does too.
void add_page(std::string_view page, std::string& out) {
    std::vector<std::string> lines;
    std::istringstream in{std::string(page)};
    std::size_t longest = 0;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(trim(line));
        longest = std::max(longest, lines.back().size());
    }
    bool open = false;
    for (const auto& line : lines) {
        if (line.empty()) {
            if (open) out += "\n\n";
            open = false;
            continue;
        }
        if (!out.empty() && !open && out.back() != '\n') out += "\n\n";
        if (open) out += ' ';
        out += line;
        open = !(ends_sentence(line) && line.size() * 10 < longest * 8);
        if (!open) out += "\n\n";
    }
    if (open) out += "\n\n";
}

}  // namespace

Extracted pdf_text(const std::string& path, std::string_view bytes) {
    static std::once_flag silenced;
    std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw Error(path, "PDF too large to read");
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw Error(path, "a PDF that cannot be read (damaged or not a PDF); convert it to text with pdftotext (Debian poppler-utils)");
    if (doc->is_locked()) throw Error(path, "an encrypted PDF (it needs a password); save it unlocked or convert it to text");
    Extracted x;
    for (int k = 0; k < doc->pages(); ++k) {
        std::unique_ptr<poppler::page> page(doc->create_page(k));
        if (!page) continue;
        auto utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        add_page(std::string_view(utf8.data(), utf8.size()), x.text);
    }
    while (!x.text.empty() && x.text.back() == '\n') x.text.pop_back();
    return x;
}

}  // namespace parallax::detail
