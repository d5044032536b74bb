// Exit statuses, as diff(1) has them, and the one place verdicts become them.
#pragma once

#include "parallax/batch.hpp"
#include "parallax/verdict.hpp"

namespace parallax::app {

inline constexpr int agree = 0;        // renderings agree
inline constexpr int differ = 1;       // discrepancies found, or part of the input not compared
inline constexpr int trouble = 2;      // bad input, bad usage, I/O error

// Incomplete exits like differ: agreement cannot be claimed for what was
// not compared.
inline int exit_code(Verdict v) { return v == Verdict::agree ? agree : differ; }

inline int exit_code(batch::SetStatus s) {
    switch (s) {
        case batch::SetStatus::agree: return agree;
        case batch::SetStatus::differ:
        case batch::SetStatus::incomplete: return differ;
        case batch::SetStatus::error: return trouble;
    }
    return trouble;
}

}  // namespace parallax::app
