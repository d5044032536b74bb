// Bilingual dictionaries (FreeDict's dictd files, Debian dict-freedict-*):
// read by read_dictionary, turned into anchors across languages by
// Glossary (normalize stage) and locate/anchors.cpp.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace parallax {

struct Dictionary {
    std::string path;
    std::string from, to;  // ISO 639-1 codes ("es", "en")
    // headword and one translation, both single words as written
    std::vector<std::pair<std::string, std::string>> pairs;
};

// Reads a dictd dictionary given by its .index file (the .dict or .dict.dz
// beside it holds the entries). The languages come from FreeDict's file
// name, "freedict-spa-eng.index": Spanish to English. Throws
// parallax::Error naming the file when it is missing, not a dictd index,
// or its name says no languages.
Dictionary read_dictionary(const std::string& index_path);

// Word pairs of dictionaries as stems, for anchors across languages: a
// word of a text in one language and a word of a text in another share a
// key when a dictionary translates one into the other ("rey" in Spanish
// and "king" in English both give "xen:king").
class Glossary {
public:
    explicit Glossary(const std::vector<Dictionary>& dictionaries);

    // The keys of `folded` (a word in lower case) in a text in `language`:
    // its own stem in that language when a dictionary translates into it,
    // and the stems of its translations. Empty for function words and
    // words of one or two letters.
    std::vector<std::string> keys(std::string_view folded, const std::string& language) const;

    bool empty() const { return by_word_.empty() && targets_.empty(); }

private:
    std::unordered_map<std::string, std::vector<std::string>> by_word_;  // "es\trey" -> {"xen:king"}
    std::vector<std::string> targets_;                                   // languages translated into
    // keys() per language and word, computed once: alignment asks for a
    // sentence's anchors several times, and each answer costs a Snowball
    // stemmer. Locked: rows are compared on several threads.
    mutable std::unordered_map<std::string, std::vector<std::string>> asked_;
    mutable std::unique_ptr<std::mutex> asked_lock_ = std::make_unique<std::mutex>();
};

}  // namespace parallax
