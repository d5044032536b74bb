// Exit statuses, as diff(1) has them, and the one place verdicts become them.
#pragma once

#include "parallax/batch.hpp"
#include "parallax/verdict.hpp"

namespace parallax::app {

inline constexpr int agree = 0;        // renderings agree
inline constexpr int differ = 1;       // discrepancies found, or part of the input not compared
inline constexpr int trouble = 2;      // bad input, bad usage, I/O error; batch: could not start, or shards missing
inline constexpr int failed_sets = 3;  // batch: some sets failed (the rest completed); a retry may do better

// Incomplete exits like differ: agreement cannot be claimed for what was
// not compared.
inline int exit_code(Verdict v) { return v == Verdict::agree ? agree : differ; }

// A batch's status; `on_differ` is --differ-exit (0 for schedulers that
// count every non-zero status as a failed task).
inline int exit_code(batch::SetStatus s, int on_differ = differ) {
    switch (s) {
        case batch::SetStatus::agree: return agree;
        case batch::SetStatus::differ:
        case batch::SetStatus::incomplete: return on_differ;
        case batch::SetStatus::error: return failed_sets;
    }
    return failed_sets;
}

}  // namespace parallax::app
