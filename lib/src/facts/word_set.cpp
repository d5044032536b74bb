#include "word_set.hpp"

#include <cstdint>

namespace parallax::facts_detail {

namespace {

// FNV-1a: words are short, and this inlines where a library hash is a call.
std::size_t hash(std::string_view w) {
    std::uint64_t h = 14695981039346656037ULL;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

std::size_t slot_of(const std::vector<std::string_view>& slots, std::string_view w) {
    std::size_t mask = slots.size() - 1;  // the size is a power of two
    std::size_t i = hash(w) & mask;
    while (!slots[i].empty() && slots[i] != w) i = (i + 1) & mask;
    return i;
}

void grow(WordSet& set) {
    std::vector<std::string_view> old = std::move(set.slots);
    set.slots.assign(old.empty() ? 256 : old.size() * 2, std::string_view());
    for (std::string_view w : old)
        if (!w.empty()) set.slots[slot_of(set.slots, w)] = w;
}

}  // namespace

void insert(WordSet& set, std::string_view folded, std::string_view written) {
    if (2 * (set.size + 1) > set.slots.size()) grow(set);
    std::size_t i = slot_of(set.slots, folded);
    if (!set.slots[i].empty()) return;
    set.slots[i] = written == folded ? written : std::string_view(set.copies.emplace_back(folded));
    ++set.size;
}

bool contains(const WordSet& set, std::string_view folded) {
    return !set.slots.empty() && !set.slots[slot_of(set.slots, folded)].empty();
}

}  // namespace parallax::facts_detail
