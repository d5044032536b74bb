// The row table of a side-by-side report (text, HTML) formatted on several
// threads: a book has thousands of rows, and each row's view and markup
// depend on that row alone.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "../parallel.hpp"

namespace parallax::report {

// Calls row(r, stream) for every r in [0, rows) on up to `jobs` threads (0:
// one per core) and
// writes what each wrote to `out` in row order: one thread's bytes. Rows go
// in blocks, so at most a block's markup is held at once.
template <class F>
void write_rows(std::size_t rows, unsigned jobs, std::ostream& out, F row) {
    jobs = job_count(jobs);
    if (jobs == 1) {
        for (std::size_t r = 0; r < rows; ++r) row(r, out);
        return;
    }
    constexpr std::size_t block = 512;
    std::vector<std::string> parts;
    for (std::size_t first = 0; first < rows; first += block) {
        parts.assign(std::min(block, rows - first), std::string());
        parallel_for(parts.size(), jobs, [&](std::size_t k) {
            std::ostringstream s;
            row(first + k, s);
            parts[k] = std::move(s).str();
        });
        for (const auto& p : parts) out << p;
    }
}

}  // namespace parallax::report
