#include <string>

#include "fact_checks.hpp"

namespace parallax {

// Keyed by both spellings, the first's length in front so that no two pairs
// share a key. Cost: one hash of the two names per call.
NameMatch NameRelations::operator()(std::string_view a, std::string_view b) {
    std::string key = std::to_string(a.size());
    key += ':';
    key += a;
    key += b;
    auto [at, fresh] = memo.try_emplace(std::move(key));
    if (fresh) at->second = relate_names(a, b, forms);
    return at->second;
}

}  // namespace parallax
