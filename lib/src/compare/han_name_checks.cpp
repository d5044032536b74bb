// A foreign name written in Chinese characters against the name its
// translation writes in Latin or Cyrillic letters (facts/han_transcription):
// Chinese often gives a foreign minister by surname alone ("外长赛义多夫"),
// the translation with the given name and patronymic — the same person,
// said more fully, which a fact-checker wants to see (docs/discrepancies.md,
// across languages).
#include <algorithm>
#include <string>

#include "fact_checks.hpp"
#include "../facts/demonyms.hpp"
#include "../facts/han_transcription.hpp"
#include "../facts/scan.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

// Words of offices and of their modifiers in English and, as BGN/PCGN
// reads them, Russian, that a name's rank ends with ("Minister of Foreign
// Affairs Bakhtiyor Saidov", "Special Envoy John Smith"); beside
// is_honorific's ranks. They are no part of the name.
bool office_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "affairs", "envoy", "special", "first", "councilor", "councillor", "spokesperson", "spokesman", "spokeswoman",
        "state", "representative", "director", "head", "leader", "ministry", "chief", "acting", "former", "climate",
        "ministr", "prezident", "premyer", "posol", "predsedatel", "glava", "zamestitel", "gospodin", "gospozha",
    };
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool plain_latin(std::string_view l) {
    return l.size() >= 2 && std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A word that can be part of a person's name: capitalised, in letters,
// no function word, rank, office or country.
bool name_word(const Document& d, const Token& t) {
    if (t.kind != TokenKind::word || !t.capitalized) return false;
    std::string_view f = d.folded(t), l = d.lexicon->latin(t.id);
    if (!plain_latin(l) || is_stopword(f) || facts_detail::is_honorific(l) || office_word(l)) return false;
    std::string_view raw = std::string_view(d.text).substr(t.span.start, t.span.size());
    if (facts_detail::compare_countries(raw, raw) == facts_detail::CountryMatch::related) return false;
    // a country declined in Russian ("Узбекистана", uzbekistana): its Latin
    // form less a case ending of one or two letters
    if (l != f)
        for (std::size_t cut = 1; cut <= 2 && l.size() >= cut + 4; ++cut) {
            std::string_view stem = l.substr(0, l.size() - cut);
            if (facts_detail::compare_countries(stem, stem) == facts_detail::CountryMatch::related) return false;
        }
    return true;
}

// Only spaces or a hyphen between two tokens: one name runs on.
bool adjacent(const Document& d, const Token& a, const Token& b) {
    if (b.span.start < a.span.end || b.span.start - a.span.end > 2) return false;
    std::string_view gap = std::string_view(d.text).substr(a.span.end, b.span.start - a.span.end);
    return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-'; });
}

struct Found {
    std::size_t first = 0, end = 0;  // the name's tokens in the other document
    double score = 0;
};

}  // namespace

void check_han_names(const Comparison& c, int row, int han_rendering, const std::vector<const Sentence*>& han_sentences,
                     const std::vector<std::size_t>& han_which, int other_rendering,
                     const std::vector<const Sentence*>& other_sentences, const std::vector<std::size_t>& other_which,
                     bool han_left, std::vector<Discrepancy>& out) {
    const Document& hd = c.renderings[static_cast<std::size_t>(han_rendering)].doc;
    const Document& od = c.renderings[static_cast<std::size_t>(other_rendering)].doc;
    for (std::size_t hi : han_which) {
        for (const han_names::HanName& name : han_names::find_han_names(hd, *han_sentences[hi])) {
            // each part's best match among the counterpart's name words
            std::vector<Found> found;
            for (const auto& part : name.parts) {
                auto syl = han_names::syllables(hd, part);
                Found best;
                for (std::size_t oi : other_which) {
                    const Sentence& s = *other_sentences[oi];
                    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
                        if (!name_word(od, od.tokens[k])) continue;
                        double score = han_names::transcription_score(syl, od.lexicon->latin(od.tokens[k].id));
                        if (score >= han_names::transcribes_from && score > best.score) best = {k, k + 1, score};
                    }
                }
                if (best.score == 0) break;
                found.push_back(best);
            }
            if (found.size() != name.parts.size()) continue;  // not every part found: nothing sure to say
            // the whole name around the words found: the name words running on from them
            std::size_t first = found.front().first, end = found.front().end;
            for (const Found& f : found) first = std::min(first, f.first), end = std::max(end, f.end);
            while (first > 0 && name_word(od, od.tokens[first - 1]) && adjacent(od, od.tokens[first - 1], od.tokens[first])) --first;
            while (end < od.tokens.size() && name_word(od, od.tokens[end]) && adjacent(od, od.tokens[end - 1], od.tokens[end])) ++end;
            std::size_t words = 0;
            for (std::size_t k = first; k < end; ++k) words += od.tokens[k].kind == TokenKind::word;
            if (words <= name.parts.size()) continue;
            Discrepancy d;
            d.kind = Kind::name;
            d.row = row;
            SpanRef han{han_rendering, name.span}, other{other_rendering, {od.tokens[first].span.start, od.tokens[end - 1].span.end}};
            d.spans = han_left ? std::vector<SpanRef>{han, other} : std::vector<SpanRef>{other, han};
            d.against = {han_left ? other_rendering : han_rendering};
            double score = 1;
            for (const Found& f : found) score = std::min(score, f.score);
            set_name_finding(d, {NameRelation::fuller_form, score});
            out.push_back(std::move(d));
        }
    }
}

}  // namespace parallax
