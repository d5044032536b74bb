// Internal to facts: figures and names read line by line from tokens the
// caller scanned, so that facts_of scans each line once for both (the
// public find_figures and find_names scan for themselves).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/facts.hpp"
#include "scan.hpp"
#include "word_set.hpp"

namespace parallax::facts_detail {

// The figures of one line (its tokens `t`, its text `line` at `offset` in
// the whole text), appended to `out` with spans in the whole text.
void figures_in_line(const std::vector<Tok>& t, std::string_view line, std::size_t offset, std::vector<Figure>& out);
// After the last line: Chinese figures of `text`, shared currency signs settled.
void finish_figures(std::string_view text, std::vector<Figure>& out);

// A sentence-initial single word is a name only if the text never writes it
// in lower case; that is decided once the whole text has been seen.
struct Doubtful {
    std::size_t index;  // into `found`
    std::string word;
};
struct NamesSoFar {
    std::vector<Name> found;
    std::vector<Doubtful> doubtful;
    WordSet lower_words;  // views of the text: it must outlive the NamesSoFar
};
// The names of one line, as figures_in_line.
void names_in_line(const std::vector<Tok>& t, std::string_view line, std::size_t offset, NamesSoFar& so_far);
// After the last line: the names, without doubtful ones the text also writes in lower case.
std::vector<Name> finish_names(NamesSoFar& so_far);

}  // namespace parallax::facts_detail
