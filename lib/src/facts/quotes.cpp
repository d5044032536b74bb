#include <algorithm>
#include <string_view>

#include "../unicode/marks.hpp"
#include "../unicode/unicode.hpp"
#include "parallax/facts.hpp"

namespace parallax {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);
constexpr int min_single_quote_words = 3;

bool blank_line_follows(std::string_view s, std::size_t pos) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r')) ++pos;
    return pos < s.size() && s[pos] == '\n';
}

int count_words(std::string_view s) {
    int n = 0;
    bool in_word = false;
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t c = unicode::next(s, pos);
        bool w = unicode::is_letter(c) || unicode::classify(c) == unicode::Class::digit;
        if (w && !in_word) ++n;
        in_word = w || (in_word && (unicode::is_apostrophe(c) || c == '-'));
    }
    return n;
}

bool has_word(std::string_view s) { return count_words(s) > 0; }

// Inner span without surrounding whitespace.
Span trimmed(std::string_view s, std::size_t start, std::size_t end) {
    while (start < end && (s[start] == ' ' || s[start] == '\n' || s[start] == '\t' || s[start] == '\r')) ++start;
    while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\t' || s[end - 1] == '\r')) --end;
    return {start, end};
}

bool letter_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return false;
    return unicode::is_letter(unicode::next(s, pos));
}

struct Open {
    std::size_t at = none;  // byte after the opening mark
    char32_t mark = 0;
};

}  // namespace

std::vector<Quote> find_quotes(std::string_view text) {
    std::vector<Quote> out;
    auto emit = [&](std::size_t start, std::size_t end) {
        Span s = trimmed(text, start, end);
        if (s.empty() || !has_word(text.substr(s.start, s.size()))) return;
        out.push_back({s, std::string(text.substr(s.start, s.size()))});
    };
    Open straight, curly, single;
    char32_t prev = ' ';
    for (std::size_t pos = 0; pos < text.size();) {
        // ASCII bytes but '"' and '\n' change nothing but `prev`: passed in one go
        std::size_t run = pos;
        while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80 && text[run] != '"' && text[run] != '\n')
            ++run;
        if (run > pos) {
            prev = static_cast<unsigned char>(text[run - 1]);
            pos = run;
            continue;
        }
        std::size_t at = pos;
        char32_t c = unicode::next(text, pos);
        if (c == '\n' && blank_line_follows(text, pos)) straight = curly = single = Open{};  // paragraph break
        if (c == '"') {
            if (straight.at == none) straight = {pos, c};
            else {
                emit(straight.at, at);
                straight = Open{};
            }
        } else if (c == 0x201C && curly.mark == 0x201E) {  // „...“
            emit(curly.at, at);
            curly = Open{};
        } else if (c == 0x201C || c == 0x201E || c == 0x00AB) {
            curly = {pos, c};
        } else if (c == 0x201D || c == 0x00BB) {
            if (curly.at != none) emit(curly.at, at);
            curly = Open{};
        } else if (c == 0x2018 && !unicode::is_letter(prev) && single.at == none) {
            single = {pos, c};
        } else if (c == 0x2019 && single.at != none && !letter_at(text, pos) && prev != ' ') {
            std::string_view inner = text.substr(single.at, at - single.at);
            if (count_words(inner) >= min_single_quote_words) {
                emit(single.at, at);
                single = Open{};
            }
        }
        prev = c;
    }
    std::sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
    return out;
}

}  // namespace parallax
