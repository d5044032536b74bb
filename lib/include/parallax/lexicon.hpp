// The string table of one run: every distinct folded form once, named by a
// small integer id. All documents compared together share one table, so two
// tokens have the same id exactly when their folded forms are equal — the
// word diff, the similarity profiles and the facts compare ids, not strings.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax {

class Lexicon {
public:
    // The id of `folded`, added when new.
    std::uint32_t intern(std::string_view folded);

    // The id of the folded form of `raw` (original bytes of a token). Each
    // distinct raw form is folded once; later calls are one hash look-up.
    std::uint32_t intern_raw(std::string_view raw);

    // The id of `folded` if the table holds it.
    std::optional<std::uint32_t> find(std::string_view folded) const;

    std::string_view folded(std::uint32_t id) const { return forms_[id]; }
    std::size_t size() const { return forms_.size(); }

private:
    // Heterogeneous look-up: a string_view finds a std::string key without
    // building one.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Map = std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>;

    std::vector<std::string> forms_;  // by id
    Map ids_;                         // folded form -> id
    Map raw_ids_;                     // raw form -> id: a cache in front of the fold
};

}  // namespace parallax
