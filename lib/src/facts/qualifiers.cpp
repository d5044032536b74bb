#include <array>
#include <string_view>

#include "figure_parts.hpp"

namespace parallax::facts_detail {

namespace {

struct Phrase {
    std::array<std::string_view, 3> words;  // unused slots empty
    Qualifier qualifier;
};

// Longer phrases first where one is a prefix of another ("close to" before nothing,
// "no more than" before "more than" is handled by trying every phrase at i).
constexpr Phrase phrases[] = {
    // Russian
    {{"около"}, Qualifier::approximate},
    {{"примерно"}, Qualifier::approximate},
    {{"порядка"}, Qualifier::approximate},
    {{"почти"}, Qualifier::approximate},
    {{"более"}, Qualifier::lower_bound},
    {{"свыше"}, Qualifier::lower_bound},
    {{"больше"}, Qualifier::lower_bound},
    {{"менее"}, Qualifier::upper_bound},
    {{"меньше"}, Qualifier::upper_bound},
    {{"nearly"}, Qualifier::approximate},
    {{"almost"}, Qualifier::approximate},
    {{"about"}, Qualifier::approximate},
    {{"around"}, Qualifier::approximate},
    {{"some"}, Qualifier::approximate},
    {{"approximately"}, Qualifier::approximate},
    {{"approx"}, Qualifier::approximate},
    {{"roughly"}, Qualifier::approximate},
    {{"circa"}, Qualifier::approximate},
    {{"close", "to"}, Qualifier::approximate},
    {{"an", "estimated"}, Qualifier::approximate},
    {{"estimated"}, Qualifier::approximate},
    {{"more", "than"}, Qualifier::lower_bound},
    {{"over"}, Qualifier::lower_bound},
    {{"exceeded"}, Qualifier::lower_bound},
    {{"exceeding"}, Qualifier::lower_bound},
    {{"exceeds"}, Qualifier::lower_bound},
    {{"exceed"}, Qualifier::lower_bound},
    {{"above"}, Qualifier::lower_bound},
    {{"at", "least"}, Qualifier::lower_bound},
    {{"upwards", "of"}, Qualifier::lower_bound},
    {{"upward", "of"}, Qualifier::lower_bound},
    {{"in", "excess", "of"}, Qualifier::lower_bound},
    {{"greater", "than"}, Qualifier::lower_bound},
    {{"higher", "than"}, Qualifier::lower_bound},
    {{"no", "fewer", "than"}, Qualifier::lower_bound},
    {{"no", "less", "than"}, Qualifier::lower_bound},
    {{"not", "less", "than"}, Qualifier::lower_bound},
    {{"just", "over"}, Qualifier::lower_bound},
    {{"well", "over"}, Qualifier::lower_bound},
    {{"less", "than"}, Qualifier::upper_bound},
    {{"fewer", "than"}, Qualifier::upper_bound},
    {{"lower", "than"}, Qualifier::upper_bound},  // Duckling AmountOfMoney: "lower than 7€"
    {{"under"}, Qualifier::upper_bound},
    {{"just", "under"}, Qualifier::upper_bound},
    {{"up", "to"}, Qualifier::upper_bound},
    {{"below"}, Qualifier::upper_bound},
    {{"at", "most"}, Qualifier::upper_bound},
    {{"no", "more", "than"}, Qualifier::upper_bound},
    {{"not", "more", "than"}, Qualifier::upper_bound},
    {{"as", "many", "as"}, Qualifier::upper_bound},
    {{"as", "much", "as"}, Qualifier::upper_bound},
    {{"a", "maximum", "of"}, Qualifier::upper_bound},
    {{"a", "total", "of"}, Qualifier::exact},
    {{"total", "of"}, Qualifier::exact},
    {{"amounted", "to"}, Qualifier::exact},
    {{"amounting", "to"}, Qualifier::exact},
    {{"amounts", "to"}, Qualifier::exact},
    {{"amount", "to"}, Qualifier::exact},
    {{"exactly"}, Qualifier::exact},
    {{"precisely"}, Qualifier::exact},
    {{"totaled"}, Qualifier::exact},
    {{"totalled"}, Qualifier::exact},
    {{"totaling"}, Qualifier::exact},
    {{"totalling"}, Qualifier::exact},
    {{"totals"}, Qualifier::exact},
    {{"reached"}, Qualifier::exact},
    {{"reaching"}, Qualifier::exact},
    {{"reaches"}, Qualifier::exact},
};

std::size_t match_words(const std::vector<Tok>& t, std::size_t i, const std::array<std::string_view, 3>& words) {
    std::size_t j = i;
    for (std::string_view w : words) {
        if (w.empty()) break;
        if (!is_word(t, j, w) || (j > i && t[j].newline_before)) return 0;
        ++j;
    }
    return j;
}

}  // namespace

QualifierMatch match_qualifier(const std::vector<Tok>& t, std::size_t i) {
    QualifierMatch best;
    if (!is_word(t, i)) return best;
    for (const Phrase& p : phrases) {
        if (p.words[0] != t[i].low) continue;
        std::size_t end = match_words(t, i, p.words);
        if (end > best.end) best = {p.qualifier, end};
    }
    return best;
}

std::vector<std::string_view> qualifier_openers() {
    std::vector<std::string_view> out;
    for (const Phrase& p : phrases) out.push_back(p.words[0]);
    return out;
}

QualifierMatch match_post_qualifier(const std::vector<Tok>& t, std::size_t i) {
    if (!is_word(t, i, "or") || !is_word(t, i + 1)) return {};
    const std::string& w = t[i + 1].low;
    if (w == "more") return {Qualifier::lower_bound, i + 2};
    if (w == "so" || w == "thereabouts") return {Qualifier::approximate, i + 2};
    if (w == "less" || w == "fewer") return {Qualifier::upper_bound, i + 2};
    return {};
}

}  // namespace parallax::facts_detail
