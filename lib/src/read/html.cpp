// The only doorway to gumbo (Google's HTML5 parser, Debian libgumbo-dev):
// a saved web page as the text a reader sees, each byte mapped back to the
// page so a span is shown at its line and column in the HTML source.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "extract.hpp"

namespace parallax::detail {

namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Builds the text: white space collapsed as a browser shows it, a blank
// line between blocks, one piece per run copied from the page.
class Emitter {
public:
    Extracted out;

    void block() { breaks_ = std::max(breaks_, 2); }
    void line_break() {
        if (!out.text.empty()) breaks_ = std::min(breaks_ + 1, 2);
        space_ = false;
    }

    // One decoded code point (or a run of them) from `source`; `verbatim`
    // when its bytes are the page's bytes there.
    void put(std::string_view bytes, std::size_t source, bool verbatim) {
        if (bytes.size() == 1 && is_space(bytes[0])) {
            if (!space_) space_at_ = source;
            space_ = true;
            return;
        }
        if (!out.text.empty() && breaks_ > 0) {
            add(std::string(static_cast<std::size_t>(breaks_), '\n'), source, false);
        } else if (space_ && !out.text.empty()) {
            add(" ", space_at_, false);
        }
        breaks_ = 0;
        space_ = false;
        add(bytes, source, verbatim);
    }

private:
    int breaks_ = 0;
    bool space_ = false;
    std::size_t space_at_ = 0;

    void add(std::string_view bytes, std::size_t source, bool verbatim) {
        bool joins = false;
        if (verbatim && !out.pieces.empty()) {
            const SourcePiece& last = out.pieces.back();
            joins = last.verbatim && last.source + (out.text.size() - last.text) == source;
        }
        if (!joins) out.pieces.push_back({out.text.size(), source, verbatim});
        out.text.append(bytes);
    }
};

std::size_t utf8_length(std::string_view s, std::size_t i) {
    auto lead = static_cast<unsigned char>(s[i]);
    std::size_t n = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    return std::min(n, s.size() - i);
}

// Where a character reference that starts at raw[j] ('&') ends: "&amp;",
// "&#8212;", "&#x2014;", or a legacy "&amp" without its semicolon.
std::size_t reference_end(std::string_view raw, std::size_t j) {
    std::size_t k = j + 1;
    if (k < raw.size() && raw[k] == '#') {
        ++k;
        bool hex = k < raw.size() && (raw[k] == 'x' || raw[k] == 'X');
        if (hex) ++k;
        std::size_t digits = k;
        while (k < raw.size() && (hex ? std::isxdigit(static_cast<unsigned char>(raw[k])) : std::isdigit(static_cast<unsigned char>(raw[k])))) ++k;
        if (k == digits) return j;
    } else {
        std::size_t name = k;
        while (k < raw.size() && std::isalnum(static_cast<unsigned char>(raw[k]))) ++k;
        if (k == name) return j;
    }
    if (k < raw.size() && raw[k] == ';') ++k;
    return k;
}

// "&amp;", "&#38;", "&#x26;": an ampersand written as a reference, not as itself.
bool ampersand_reference(std::string_view raw) {
    return starts_with_ci(raw, "&amp") || starts_with_ci(raw, "&#38") || starts_with_ci(raw, "&#x26");
}

// A text node: its decoded text walked beside its bytes in the page, so
// that each character is mapped to where it is written. Should the two part
// ways (a reference gumbo reads otherwise), the rest of the node is mapped
// to its start.
void text_node(const GumboText& t, const char* page, Emitter& e) {
    std::string_view text = t.text;
    std::string_view raw(t.original_text.data, t.original_text.length);
    std::size_t base = static_cast<std::size_t>(t.original_text.data - page);
    std::size_t i = 0, j = 0;
    while (i < text.size()) {
        std::size_t n = utf8_length(text, i);
        std::string_view ch = text.substr(i, n);
        if (raw.substr(j, n) == ch && !(ch == "&" && ampersand_reference(raw.substr(j)))) {
            e.put(ch, base + j, true);
            j += n;
        } else if (j < raw.size() && raw[j] == '\r' && ch == "\n") {
            e.put(ch, base + j, false);
            j += raw.substr(j, 2) == "\r\n" ? 2 : 1;
        } else if (j < raw.size() && raw[j] == '&' && reference_end(raw, j) > j + 1) {
            std::size_t end = reference_end(raw, j);
            e.put(ch, base + j, false);
            j = end;
        } else {
            for (; i < text.size(); i += utf8_length(text, i)) e.put(text.substr(i, utf8_length(text, i)), base, false);
            return;
        }
        i += n;
    }
}

bool hidden(const GumboElement& el) {
    if (gumbo_get_attribute(&el.attributes, "hidden")) return true;
    if (auto* a = gumbo_get_attribute(&el.attributes, "aria-hidden"); a && std::strcmp(a->value, "true") == 0) return true;
    if (auto* a = gumbo_get_attribute(&el.attributes, "style")) {
        std::string style;
        for (const char* p = a->value; *p; ++p)
            if (!is_space(*p)) style += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
        if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos) return true;
    }
    return false;
}

// Never read: not text a reader of the article sees.
bool dropped(GumboTag tag, bool in_article) {
    switch (tag) {
        case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
            return true;
        // The page's header and footer; inside an article they hold its
        // title and byline (HTML: "the header of the nearest sectioning content").
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
            return !in_article;
        default:
            return false;
    }
}

bool is_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
        case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
        case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD:
        case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL:
        case GUMBO_TAG_LEGEND: case GUMBO_TAG_OPTION:
            return true;
        default:
            return false;
    }
}

void walk(const GumboNode* node, const char* page, bool in_article, Emitter& e, int depth) {
    switch (node->type) {
        case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
            text_node(node->v.text, page, e);
            return;
        case GUMBO_NODE_ELEMENT: break;
        default: return;  // comments, templates
    }
    const GumboElement& el = node->v.element;
    if (dropped(el.tag, in_article) || hidden(el)) return;
    if (el.tag == GUMBO_TAG_BR) return e.line_break();
    // Deeper than any page is written: the parser's own limit on open
    // elements is far above; stop here rather than exhaust the stack.
    if (depth > 400) return;
    bool block = is_block(el.tag);
    if (block) e.block();
    bool article = in_article || el.tag == GUMBO_TAG_ARTICLE || el.tag == GUMBO_TAG_MAIN;
    for (unsigned k = 0; k < el.children.length; ++k)
        walk(static_cast<const GumboNode*>(el.children.data[k]), page, article, e, depth + 1);
    if (block) e.block();
}

}  // namespace

bool sniffs_as_html(std::string_view bytes) {
    std::string_view s = bytes.substr(0, 4096);
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    for (;;) {
        while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
        if (starts_with_ci(s, "<!doctype html") || starts_with_ci(s, "<html")) return true;
        std::string_view close = starts_with_ci(s, "<!--") ? "-->" : starts_with_ci(s, "<?xml") ? "?>" : "";
        if (close.empty()) return false;
        std::size_t end = s.find(close);
        if (end == std::string_view::npos) return false;
        s.remove_prefix(end + close.size());
    }
}

Extracted html_text(std::string_view page) {
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> doc(
        gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    Emitter e;
    if (doc && doc->root) walk(doc->root, page.data(), false, e, 0);
    return std::move(e.out);
}

}  // namespace parallax::detail
