#include "parallax/lexicon.hpp"

#include "parallax/normalize.hpp"

namespace parallax {

std::uint32_t Lexicon::intern(std::string_view folded) {
    if (auto it = ids_.find(folded); it != ids_.end()) return it->second;
    auto id = static_cast<std::uint32_t>(forms_.size());
    forms_.emplace_back(folded);
    ids_.emplace(forms_.back(), id);
    return id;
}

std::uint32_t Lexicon::intern_raw(std::string_view raw) {
    if (auto it = raw_ids_.find(raw); it != raw_ids_.end()) return it->second;
    std::uint32_t id = intern(fold(raw));
    raw_ids_.emplace(raw, id);
    return id;
}

std::optional<std::uint32_t> Lexicon::find(std::string_view folded) const {
    if (auto it = ids_.find(folded); it != ids_.end()) return it->second;
    return std::nullopt;
}

}  // namespace parallax
