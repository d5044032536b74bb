#include "parallax/verdict.hpp"

#include <algorithm>

namespace parallax {

namespace {

// Whether the notes say part of the input was left uncompared. Today every
// note is such a degradation (a cell not word-diffed, quotations not looked
// up); once notes carry a reason code, only those reasons count here.
bool something_not_compared(const Comparison& c) { return !c.notes.empty(); }

}  // namespace

Verdict verdict(const Comparison& c) {
    bool unrelated = std::any_of(c.renderings.begin(), c.renderings.end(),
                                 [](const Rendering& r) { return r.status == Status::unrelated; });
    if (!c.discrepancies.empty() || unrelated) return Verdict::differ;
    if (something_not_compared(c)) return Verdict::incomplete;
    return Verdict::agree;
}

const char* to_string(Verdict v) {
    switch (v) {
        case Verdict::agree: return "agree";
        case Verdict::differ: return "differ";
        case Verdict::incomplete: return "incomplete";
    }
    return "incomplete";
}

}  // namespace parallax
