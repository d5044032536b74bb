// A foreign name written in Chinese characters against the name its
// translation writes in Latin or Cyrillic letters (facts/han_transcription):
// Chinese often gives a foreign minister by surname alone ("外长伊万诺夫"),
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
// Affairs Rustam Ivanov", "Special Envoy John Smith"); beside
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

// A run of name words in the counterpart: one person's name as written
// there ("Rustam Ivanov", "Ivanov Pyotr Sergeyevich").
struct Run {
    std::size_t first = 0, end = 0;  // tokens
};

std::vector<Run> name_runs(const Document& d, const std::vector<const Sentence*>& ss, const std::vector<std::size_t>& which) {
    std::vector<Run> out;
    for (std::size_t i : which)
        for (std::size_t k = ss[i]->first_token; k < ss[i]->end_token; ++k) {
            if (!name_word(d, d.tokens[k])) continue;
            if (!out.empty() && out.back().end == k && adjacent(d, d.tokens[k - 1], d.tokens[k])) out.back().end = k + 1;
            else out.push_back({k, k + 1});
        }
    return out;
}

// How well a Han name transcribes a run: the least, over its parts, of the
// part's best score against one word of the run (each part its own word).
double run_score(const Document& hd, const han_names::HanName& name, const Document& od, const Run& r) {
    double least = 1;
    std::vector<bool> used(r.end - r.first);
    for (const auto& part : name.parts) {
        auto syl = han_names::syllables(hd, part);
        double best = 0;
        std::size_t at = 0;
        for (std::size_t k = r.first; k < r.end; ++k) {
            if (used[k - r.first]) continue;
            double sc = han_names::transcription_score(syl, od.lexicon->latin(od.tokens[k].id));
            if (sc > best) best = sc, at = k;
        }
        if (best == 0) return 0;
        used[at - r.first] = true;
        least = std::min(least, best);
    }
    return least;
}

// Below this a Han name and a run are surely not one name: a near miss of
// the matcher (约翰 / "John", 0.75; a surname against one of one more
// consonant, about 0.7) is not taken for another person; two surnames
// sharing only their ending (-ov) score about 0.5.
constexpr double surely_other_below = 0.6;

}  // namespace

void check_han_names(const Comparison& c, int row, int han_rendering, const std::vector<const Sentence*>& han_sentences,
                     const std::vector<std::size_t>& han_which, int other_rendering,
                     const std::vector<const Sentence*>& other_sentences, const std::vector<std::size_t>& other_which,
                     bool han_left, std::vector<Discrepancy>& out) {
    const Document& hd = c.renderings[static_cast<std::size_t>(han_rendering)].doc;
    const Document& od = c.renderings[static_cast<std::size_t>(other_rendering)].doc;
    std::vector<han_names::HanName> names;
    for (std::size_t hi : han_which)
        for (auto& n : han_names::find_han_names(hd, *han_sentences[hi])) names.push_back(std::move(n));
    if (names.empty()) return;
    const std::vector<Run> runs = name_runs(od, other_sentences, other_which);
    auto finding = [&](const han_names::HanName& name, const Run& r, NameMatch m) {
        Discrepancy d;
        d.kind = Kind::name;
        d.row = row;
        SpanRef han{han_rendering, name.span}, other{other_rendering, {od.tokens[r.first].span.start, od.tokens[r.end - 1].span.end}};
        d.spans = han_left ? std::vector<SpanRef>{han, other} : std::vector<SpanRef>{other, han};
        d.against = {han_left ? other_rendering : han_rendering};
        set_name_finding(d, m);
        out.push_back(std::move(d));
    };
    // each name's run: the best one at the matcher's threshold
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> run_of(names.size(), none);
    std::vector<bool> run_taken(runs.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        double best = 0;
        for (std::size_t j = 0; j < runs.size(); ++j)
            if (double sc = run_score(hd, names[i], od, runs[j]); sc >= han_names::transcribes_from && sc > best) best = sc, run_of[i] = j;
        if (run_of[i] == none) continue;
        run_taken[run_of[i]] = true;
        const Run& r = runs[run_of[i]];
        std::size_t words = 0;
        for (std::size_t k = r.first; k < r.end; ++k) words += od.tokens[k].kind == TokenKind::word;
        if (words > names[i].parts.size()) finding(names[i], r, {NameRelation::fuller_form, best});
    }
    // A name in the middle of a list that matches nothing, between two that
    // match in order with exactly one run between their runs, which nothing
    // matches either and which is far from it: the same place in the list,
    // another name (a high name_differs). Anywhere else a name that matches
    // nothing says nothing sure (a translation may leave a name out).
    for (std::size_t i = 1; i + 1 < names.size(); ++i) {
        if (run_of[i] != none || run_of[i - 1] == none || run_of[i + 1] == none) continue;
        if (run_of[i + 1] != run_of[i - 1] + 2) continue;
        std::size_t j = run_of[i - 1] + 1;
        if (run_taken[j]) continue;
        double sc = run_score(hd, names[i], od, runs[j]);
        if (sc >= surely_other_below) continue;
        finding(names[i], runs[j], {NameRelation::different, sc});
    }
}

}  // namespace parallax
