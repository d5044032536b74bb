#include <algorithm>

#include "parallax/segment.hpp"

namespace parallax {

namespace {

struct Line {
    std::size_t start, end;  // without the line break
    std::size_t indent;      // bytes of leading blanks
    bool blank;
    bool bullet;
};

bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// A bullet is a marker followed by a space: "•", "-", "*", "–", "—", "·".
bool starts_with_bullet(std::string_view s) {
    for (std::string_view m : {"\xE2\x80\xA2 ", "- ", "* ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "\xC2\xB7 ", "\xE2\x97\x8F "})
        if (s.substr(0, m.size()) == m) return true;
    return false;
}

bool ends_finished(std::string_view s) {
    while (!s.empty() && is_blank_byte(s.back())) s.remove_suffix(1);
    if (s.empty()) return true;
    char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')') return true;
    // closing curly quote or ellipsis (3 bytes, UTF-8)
    return s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

std::vector<Line> lines_of(std::string_view text) {
    std::vector<Line> lines;
    std::size_t pos = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::size_t first = pos;
        while (first < end && is_blank_byte(text[first])) ++first;
        // NBSP-only lines count as blank too
        while (first + 1 < end && text.substr(first, 2) == "\xC2\xA0") first += 2;
        Line l{pos, end, first - pos, first == end, false};
        if (!l.blank) l.bullet = starts_with_bullet(text.substr(first, end - first));
        lines.push_back(l);
        pos = end + 1;
    }
    return lines;
}

}  // namespace

std::vector<Span> split_paragraphs(std::string_view text) {
    std::vector<Span> out;
    auto lines = lines_of(text);
    Span cur{};
    bool open = false;
    std::size_t prev = 0;
    auto close = [&] {
        if (!open) return;
        std::size_t e = cur.end;
        while (e > cur.start && (is_blank_byte(text[e - 1]) || text[e - 1] == '\n')) --e;
        cur.end = e;
        out.push_back(cur);
        open = false;
    };
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const Line& l = lines[k];
        if (l.blank) {
            close();
            continue;
        }
        std::size_t first = l.start + l.indent;
        if (open) {
            const Line& p = lines[prev];
            bool breaks = l.bullet || (l.indent > 0 && (l.indent > p.indent || ends_finished(text.substr(p.start, p.end - p.start))));
            if (breaks) close();
        }
        if (!open) {
            cur.start = first;
            open = true;
        }
        cur.end = l.end;
        prev = k;
    }
    close();
    return out;
}

}  // namespace parallax
