#include "parallax/verdict.hpp"

#include <algorithm>

namespace parallax {

namespace {

// Whether the notes say part of the input was left uncompared; a reason
// that is only informative is left out here, and nowhere else.
bool something_not_compared(const Comparison& c) {
    return std::any_of(c.notes.begin(), c.notes.end(), [](const Note& n) {
        switch (n.reason) {
            case NoteReason::diff_too_large:
            case NoteReason::quotes_not_checked: return true;
            case NoteReason::wording_across_languages: return false;
        }
        return true;
    });
}

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
