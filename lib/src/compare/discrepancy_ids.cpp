#include <map>
#include <string>
#include <string_view>

#include "../parallel.hpp"
#include "../sha256.hpp"
#include "parallax/compare.hpp"

namespace parallax {

namespace {

// Line breaks and runs of spaces differ between a saved page and a pasted
// one without changing what the finding is about.
std::string collapsed(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char ch : s) {
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

std::string name_of(const Comparison& c, int y) {
    return y >= 0 && static_cast<std::size_t>(y) < c.renderings.size() ? c.renderings[static_cast<std::size_t>(y)].doc.name : "?";
}

}  // namespace

void assign_ids(Comparison& c, unsigned jobs) {
    // the digests on `jobs` threads, one per finding; the numbering of
    // equal ids in finding order after
    parallel_for(c.discrepancies.size(), jobs, [&](std::size_t k) {
        Discrepancy& d = c.discrepancies[k];
        // Fields end in a NUL, so no two field lists spell the same key.
        std::string key = std::string(to_string(d.kind)) + '\0' + to_string(d.finding) + '\0';
        for (const auto& s : d.spans) {
            key += name_of(c, s.rendering) + '\0';
            // a view: `cond ? doc.text : std::string()` would copy the whole text for every span
            std::string_view text;
            if (s.rendering >= 0 && static_cast<std::size_t>(s.rendering) < c.renderings.size())
                text = c.renderings[static_cast<std::size_t>(s.rendering)].doc.text;
            if (s.span.start <= s.span.end && s.span.end <= text.size())
                key += collapsed(text.substr(s.span.start, s.span.size()));
            key += '\0';
        }
        key += "against";
        for (int y : d.against) key += '\0', key += name_of(c, y);
        d.id = "d-";
        d.id += sha256_hex(key).substr(0, 12);
    });
    std::map<std::string, int> seen;
    for (auto& d : c.discrepancies)
        if (int n = ++seen[d.id]; n > 1) d.id += '-' + std::to_string(n);
}

}  // namespace parallax
