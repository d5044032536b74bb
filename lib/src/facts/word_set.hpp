// Internal to facts: a set of distinct folded words that stores each once
// and allocates per growth, not per word.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::facts_detail {

// Open addressing with linear probing, kept at most half full: insert and
// contains take O(length of the word) expected time. A word is held as a
// view of the caller's text when written there in its folded form (the
// text must outlive the set), else as a copy in `copies`.
struct WordSet {
    std::vector<std::string_view> slots;  // an empty view is a free slot
    std::size_t size = 0;
    std::deque<std::string> copies;  // a deque never moves what it holds
};

// Adds `folded` (non-empty); `written` is the same word as it stands in the
// text, used as the stored view when it equals `folded`.
void insert(WordSet& set, std::string_view folded, std::string_view written);
bool contains(const WordSet& set, std::string_view folded);

}  // namespace parallax::facts_detail
