#include "parallax/facts.hpp"

namespace parallax {

namespace {

bool ascii_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
bool space(char ch) { return ch == ' ' || ch == '\t'; }

// "LISBON, ", "Rio de Janeiro, ", "SÃO PAULO, ", or nothing: words that each
// begin with a capital (or a non-ASCII letter, whose case is not checked
// here), then a comma. Digits or lowercase words mean prose ("In 2019, ...").
bool place_prefix(std::string_view s) {
    if (s.empty()) return true;
    std::size_t comma = s.find_last_not_of(" \t");
    if (comma == std::string_view::npos || s[comma] != ',') return false;
    std::string_view words = s.substr(0, comma);
    bool word_start = true, any = false;
    for (char ch : words) {
        auto b = static_cast<unsigned char>(ch);
        if (space(ch) || ch == '-' || ch == '.' || ch == ',' || ch == '/') {
            word_start = true;
            continue;
        }
        if (ch >= '0' && ch <= '9') return false;
        if (word_start && !(ascii_upper(ch) || b >= 0x80)) return false;
        word_start = false;
        any = true;
    }
    return any;
}

}  // namespace

std::optional<Figure> dateline_date(std::string_view paragraph) {
    // a dateline is short and on the first line
    std::string_view head = paragraph.substr(0, std::min<std::size_t>(paragraph.size(), 120));
    head = head.substr(0, head.find('\n'));
    for (const Figure& f : find_figures(head)) {
        if (f.kind != FigureKind::date) return std::nullopt;  // the first figure must be the date
        if (!place_prefix(head.substr(0, f.span.start))) return std::nullopt;
        std::string_view after = head.substr(f.span.end);
        std::size_t k = 0;
        while (k < after.size() && space(after[k])) ++k;
        after = after.substr(k);
        if (after.empty()) return std::nullopt;
        bool ends = after[0] == '(' || after[0] == '-' || after[0] == '.' || after[0] == ':' ||
                    after.substr(0, 3) == "\xE2\x80\x94" || after.substr(0, 3) == "\xE2\x80\x93";  // em, en dash
        if (!ends) return std::nullopt;
        return f;
    }
    return std::nullopt;
}

}  // namespace parallax
