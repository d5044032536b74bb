#include <algorithm>

#include "parallax/dictionary.hpp"
#include "parallax/normalize.hpp"
#include "snowball.hpp"

namespace parallax {

namespace {

// Function words and words of one or two letters anchor nothing: "a" is
// "at, to, toward, in, on" in a Spanish dictionary.
bool content_word(std::string_view folded) { return folded.size() >= 3 && !is_stopword(folded); }

std::string slot(std::string_view language, std::string_view stem) {
    std::string s(language);
    s += '\t';
    s += stem;
    return s;
}

}  // namespace

Glossary::Glossary(const std::vector<Dictionary>& dictionaries) {
    for (const Dictionary& d : dictionaries) {
        if (std::find(targets_.begin(), targets_.end(), d.to) == targets_.end()) targets_.push_back(d.to);
        for (const auto& [head, translation] : d.pairs) {
            if (!content_word(head) || !content_word(translation)) continue;
            std::string key = "x" + d.to + ":" + stem_in(d.to, translation);
            auto& keys = by_word_[slot(d.from, stem_in(d.from, head))];
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
        }
    }
    std::sort(targets_.begin(), targets_.end());
}

std::vector<std::string> Glossary::keys(std::string_view folded, const std::string& language) const {
    if (!content_word(folded)) return {};
    std::lock_guard lock(*asked_lock_);
    auto [at, fresh] = asked_.try_emplace(slot(language, folded));
    if (!fresh) return at->second;
    std::vector<std::string>& out = at->second;
    std::string stem = stem_in(language, folded);
    if (std::binary_search(targets_.begin(), targets_.end(), language)) out.push_back("x" + language + ":" + stem);
    if (auto it = by_word_.find(slot(language, stem)); it != by_word_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

}  // namespace parallax
