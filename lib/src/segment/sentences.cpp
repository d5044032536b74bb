#include <algorithm>
#include <iterator>
#include <cctype>

#include "parallax/segment.hpp"

namespace parallax {

namespace {

// Abbreviations after which a full stop rarely ends a sentence.
bool is_abbreviation(std::string_view w) {
    static constexpr std::string_view abbr[] = {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "No", "Nos", "Vol", "Gen", "Col",
        "Lt", "Sgt", "Capt", "Rep", "Sen", "Gov", "Inc", "Ltd", "Co", "Corp", "vs", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gov", "Rev",
        "Hon", "Pres", "Adm", "Maj", "Fig", "approx",
    };
    return std::find(std::begin(abbr), std::end(abbr), w) != std::end(abbr);
}

std::string_view tok(std::string_view text, const Token& t) { return text.substr(t.span.start, t.span.size()); }

bool is_closing(std::string_view p) {
    return p == "\"" || p == "'" || p == ")" || p == "]" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x99" || p == "\xC2\xBB" ||
           p == "\xE3\x80\x8D" || p == "\xE3\x80\x8F" || p == "\xE3\x80\x8B" || p == "\xEF\xBC\x89";  // 」 』 》 ）
}

// The full-width stops of Chinese and Japanese (。！？): they end a sentence
// with no space after them, whatever follows.
bool full_width_stop(std::string_view p) {
    return p == "\xE3\x80\x82" || p == "\xEF\xBC\x81" || p == "\xEF\xBC\x9F";
}

bool opens_sentence(std::string_view text, const Token& t) {
    if (t.kind == TokenKind::number) return true;
    if (t.kind == TokenKind::word) return t.capitalized;
    auto p = tok(text, t);
    return p == "\"" || p == "\xE2\x80\x9C" || p == "(" || p == "'" || p == "\xE2\x80\x98" || p == "\xC2\xAB";
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, std::span<const Token> tokens) {
    std::vector<Sentence> out;
    std::size_t first = 0;
    auto emit = [&](std::size_t end_tok) {
        if (end_tok <= first) return;
        out.push_back({{tokens[first].span.start, tokens[end_tok - 1].span.end}, first, end_tok});
        first = end_tok;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::punct) continue;
        auto p = tok(text, t);
        bool wide = full_width_stop(p);
        bool stop = wide || p == "." || p == "!" || p == "?" || p == "\xE2\x80\xA6";
        if (!stop) continue;
        std::size_t end = i + 1;
        while (end < tokens.size() && tokens[end].kind == TokenKind::punct &&
               (is_closing(tok(text, tokens[end])) || tok(text, tokens[end]) == "." || full_width_stop(tok(text, tokens[end]))))
            ++end;
        if (end < tokens.size() && !wide) {
            const Token& nx = tokens[end];
            // a stop must be followed by whitespace and a sentence opener
            if (nx.span.start == tokens[end - 1].span.end || !opens_sentence(text, nx)) continue;
            if (p == "." && i > 0 && tokens[i - 1].kind == TokenKind::word && tokens[i - 1].span.end == t.span.start) {
                auto w = tok(text, tokens[i - 1]);
                bool initial = w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]));
                // "U.S." style: a letter right after an earlier stop
                bool dotted = i >= 2 && tok(text, tokens[i - 2]) == "." && tokens[i - 2].span.end == tokens[i - 1].span.start;
                if (initial || dotted || is_abbreviation(w)) continue;
            }
        }
        emit(end);
        i = end - 1;
    }
    emit(tokens.size());
    return out;
}

void segment(Document& doc) {
    doc.paragraphs.clear();
    doc.tokens.clear();
    auto spans = split_paragraphs(doc.text);
    doc.paragraphs.reserve(spans.size());
    for (std::size_t k = 0; k < spans.size(); ++k) {
        Paragraph p;
        p.id = static_cast<int>(k);
        p.span = spans[k];
        auto tokens = tokenize(doc.text, p.span);
        p.tokens = {doc.tokens.size(), doc.tokens.size() + tokens.size()};
        p.sentences = split_sentences(doc.text, tokens);
        for (auto& s : p.sentences) s.first_token += p.tokens.first, s.end_token += p.tokens.first;
        doc.tokens.insert(doc.tokens.end(), tokens.begin(), tokens.end());
        doc.paragraphs.push_back(std::move(p));
    }
    doc.tokens.shrink_to_fit();  // tokens are most of the memory on large inputs
    doc.language = detect_language(doc);
}

}  // namespace parallax
