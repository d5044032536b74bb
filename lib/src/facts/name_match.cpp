#include <algorithm>
#include <string_view>
#include <vector>

#include "../unicode/marks.hpp"
#include "../unicode/unicode.hpp"
#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"
#include "romanization.hpp"
#include "scan.hpp"

namespace parallax {

namespace {

constexpr double variant_threshold = 0.85;
constexpr std::size_t short_skeleton = 4;  // this short or shorter: skeletons must be equal

struct Word {
    std::string exact;     // case folded, marks kept, apostrophes dropped
    std::string skeleton;  // translit_fold
};

struct NameWords {
    std::vector<Word> core;       // without leading ranks and function words
    std::vector<std::string> extra;  // the ranks and function words dropped
};

bool title_modifier(std::string_view w) { return w == "vice" || w == "prime" || w == "foreign" || w == "deputy"; }

std::vector<std::string> split_words(std::string_view name) {
    std::string f = fold(name);
    std::vector<std::string> words(1);
    for (std::size_t pos = 0; pos < f.size();) {
        std::size_t at = pos;
        char32_t c = unicode::next(f, pos);
        if (unicode::is_apostrophe(c)) continue;  // O'Neill = ONeill
        if (unicode::is_letter(c) || unicode::classify(c) == unicode::Class::mark ||
            unicode::classify(c) == unicode::Class::digit) {
            words.back().append(f, at, pos - at);
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
    }
    if (words.back().empty()) words.pop_back();
    // possessive: "Smith's" -> "smiths" after the apostrophe is dropped; undo it
    std::string_view orig = name;
    while (!orig.empty() && (orig.back() == ' ' || orig.back() == '.')) orig.remove_suffix(1);
    bool possessive = (orig.size() > 2 && orig.substr(orig.size() - 2) == "'s") ||
                      (orig.size() > 4 && orig.substr(orig.size() - 4) == "\xE2\x80\x99s");
    if (possessive && !words.empty() && words.back().size() > 1) words.back().pop_back();
    return words;
}

NameWords name_words(std::string_view name) {
    std::vector<std::string> all = split_words(name);
    NameWords out;
    std::size_t i = 0;
    // leading ranks ("Dr", "Prime Minister"), kept if nothing else remains
    while (i + 1 < all.size() && (facts_detail::is_honorific(all[i]) || title_modifier(all[i]))) out.extra.push_back(all[i++]);
    for (; i < all.size(); ++i) {
        if (is_stopword(all[i]) && all.size() - out.extra.size() > 1) {
            out.extra.push_back(all[i]);
            continue;
        }
        out.core.push_back({all[i], translit_fold(all[i])});
    }
    return out;
}

struct PairScore {
    double score = 0;
    bool exact = false;    // same word, or an initial of it
    bool initial = false;  // "J" for "John"
    bool variant = false;  // skeletons close enough
};

bool short_rule_ok(const std::string& a, const std::string& b) {
    return std::max(a.size(), b.size()) > short_skeleton || a == b;
}

PairScore score_pair(const Word& a, const Word& b) {
    PairScore p;
    if (a.exact == b.exact) return {1.0, true, false, true};
    const Word& s = a.exact.size() <= b.exact.size() ? a : b;
    const Word& l = a.exact.size() <= b.exact.size() ? b : a;
    if (s.exact.size() == 1 && l.exact.size() > 1 && l.exact[0] == s.exact[0]) return {1.0, true, true, true};
    p.score = skeleton_similarity(a.skeleton, b.skeleton);
    p.variant = p.score >= variant_threshold && short_rule_ok(a.skeleton, b.skeleton);
    return p;
}

std::string joined_skeleton(const std::vector<Word>& words) {
    std::string s;
    for (const Word& w : words) s += w.skeleton;
    return s;
}

}  // namespace

NameMatch relate_names(std::string_view a, std::string_view b) {
    // Case and diacritics alone make no other name ("Vučić", "Vucic").
    if (unicode::casefold_strip_marks(a) == unicode::casefold_strip_marks(b)) return {NameRelation::same, 1.0};
    switch (facts_detail::compare_mandarin(a, b)) {
        case facts_detail::MandarinMatch::same: return {NameRelation::variant, 1.0, true};
        case facts_detail::MandarinMatch::different: return {NameRelation::different, 0.0, true};
        case facts_detail::MandarinMatch::unknown: break;
    }
    NameWords na = name_words(a), nb = name_words(b);
    if (na.core.empty() || nb.core.empty())
        return na.core.empty() && nb.core.empty() ? NameMatch{NameRelation::same, 1.0} : NameMatch{NameRelation::different, 0.0};
    const auto& shorter = na.core.size() <= nb.core.size() ? na.core : nb.core;
    const auto& longer = na.core.size() <= nb.core.size() ? nb.core : na.core;

    // best one-to-one pairing, greedily by score (names are a few words long)
    struct Cand { double score; std::size_t s, l; PairScore p; };
    std::vector<Cand> cands;
    for (std::size_t s = 0; s < shorter.size(); ++s)
        for (std::size_t l = 0; l < longer.size(); ++l) {
            PairScore p = score_pair(shorter[s], longer[l]);
            cands.push_back({p.score, s, l, p});
        }
    std::stable_sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) { return x.score > y.score; });
    std::vector<bool> s_used(shorter.size()), l_used(longer.size());
    double total = 0;
    bool all_exact = true, all_variant = true, any_initial = false;
    for (const Cand& c : cands) {
        if (s_used[c.s] || l_used[c.l]) continue;
        s_used[c.s] = l_used[c.l] = true;
        total += c.score;
        all_exact = all_exact && c.p.exact;
        all_variant = all_variant && c.p.variant;
        any_initial = any_initial || c.p.initial;
    }
    double score = total / static_cast<double>(shorter.size());

    if (all_exact) {
        bool same_words = shorter.size() == longer.size() && !any_initial && na.extra == nb.extra;
        if (same_words) return {NameRelation::same, 1.0};
        return {NameRelation::fuller_form, score};
    }
    if (all_variant) return {NameRelation::variant, score};
    if (shorter.size() != longer.size()) {  // "Al-Farabi" / "Alfarabi": words cut differently
        std::string ja = joined_skeleton(shorter), jb = joined_skeleton(longer);
        double joined = skeleton_similarity(ja, jb);
        if (joined >= variant_threshold && short_rule_ok(ja, jb)) return {NameRelation::variant, joined};
        score = std::max(score, joined);
    }
    return {NameRelation::different, score};
}

const char* to_string(NameRelation r) {
    switch (r) {
        case NameRelation::same: return "same";
        case NameRelation::fuller_form: return "fuller_form";
        case NameRelation::variant: return "variant";
        case NameRelation::different: return "different";
    }
    return "different";
}

}  // namespace parallax
