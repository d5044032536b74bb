#include <deque>
#include <cstdint>
#include <string>
#include <vector>

#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"
#include "line_facts.hpp"

namespace parallax {

namespace {
// Spans found in the reading text back to offsets in the document's text.
template <class T>
void place(std::vector<T>& xs, const ReadingText& r) {
    for (auto& x : xs) x.span = original_span(r, x.span);
}
// A run of curly quotes and en or em dashes only: fold() makes each an
// ASCII mark, which is no word byte, so the run is one word break.
bool only_folded_marks(std::string_view run) {
    if (run.size() % 3 != 0) return false;
    for (std::size_t k = 0; k < run.size(); k += 3) {
        if (run[k] != '\xE2' || run[k + 1] != '\x80') return false;
        unsigned char c = static_cast<unsigned char>(run[k + 2]);
        if (c != 0x98 && c != 0x99 && c != 0x9C && c != 0x9D && c != 0x93 && c != 0x94) return false;
    }
    return true;
}

}  // namespace

std::string folded_letters(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    auto word_byte = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || static_cast<unsigned char>(ch) >= 0x80;
    };
    auto put = [&](char ch) {
        if (word_byte(ch)) out += ch;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    };
    for (std::size_t i = 0; i < s.size();) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {  // ASCII folds by itself
            put(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b));
            ++i;
            continue;
        }
        // a run of non-ASCII bytes, with the ASCII letter before it so that
        // combining marks compose with their base
        std::size_t j = i;
        while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) ++j;
        if (only_folded_marks(s.substr(i, j - i))) {  // the common case, without fold()
            put(' ');
            i = j;
            continue;
        }
        if (!out.empty() && out.back() != ' ' && i > 0 && static_cast<unsigned char>(s[i - 1]) < 0x80) {
            out.pop_back();
            i -= 1;
        }
        for (char ch : fold(s.substr(i, j - i))) put(ch);
        i = j;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

RenderingFacts facts_of(const Document& doc, bool article_only, const std::vector<bool>* compared) {
    RenderingFacts out(doc.paragraphs.size());
    ReadingText r;  // a paragraph without its annotations (pinyin mirrors)
    // A word's stem depends on its folded form alone: each lexicon id is
    // stemmed once (memory O(lexicon size) for the document's call).
    std::vector<std::int32_t> stem_index(doc.lexicon ? doc.lexicon->size() : 0, -1);  // into `table`
    // a deque: its strings never move, so the paragraphs' views stay valid as it grows
    auto table = std::make_shared<std::deque<std::string>>();
    auto stem_of = [&](const Token& t) -> std::string_view {
        if (t.kind == TokenKind::punct) return {};
        std::string_view w = doc.folded(t);
        if (is_stopword(w)) return {};
        if (t.id >= stem_index.size()) return table->emplace_back(stem(w));
        std::int32_t& k = stem_index[t.id];
        if (k < 0) {
            k = static_cast<std::int32_t>(table->size());
            table->emplace_back(stem(w));
        }
        return (*table)[static_cast<std::size_t>(k)];
    };
    for (const auto& p : doc.paragraphs) {
        if (article_only && !p.in_article) continue;
        auto& f = out[static_cast<std::size_t>(p.id)];
        reading_text(doc, p.span, r);
        std::string_view body = r.text;
        f.quotes = find_quotes(body);
        place(f.quotes, r);
        if (compared && !(*compared)[static_cast<std::size_t>(p.id)]) continue;
        // find_figures and find_names, but each line scanned once for both
        facts_detail::NamesSoFar names;
        for (Span line : facts_detail::lines(body)) {
            std::string_view part = body.substr(line.start, line.size());
            std::vector<facts_detail::Tok> t = facts_detail::scan(part);
            facts_detail::figures_in_line(t, part, line.start, f.figures);
            facts_detail::names_in_line(t, part, line.start, names);
        }
        facts_detail::finish_figures(body, f.figures);
        f.figures_as_written = r.cuts.empty();
        f.names = facts_detail::finish_names(names);
        place(f.figures, r);
        place(f.names, r);
        f.letters = folded_letters(body);
        auto tokens = doc.tokens_of(p);
        f.stems.reserve(tokens.size());
        for (const auto& t : tokens) f.stems.push_back(stem_of(t));
        f.stem_table = table;
    }
    return out;
}

}  // namespace parallax
