// Shared helpers of the fuzz targets: splitting one fuzz input into several
// documents, and aborting with a message when an invariant fails (libFuzzer
// reports an abort as a crash and keeps the input).
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax::fuzz {

// The separator between documents in one fuzz input. A NUL byte can never be
// part of a readable document (read refuses it), so splitting on it loses
// nothing the engine could have seen.
inline constexpr char separator = '\0';

// Up to `max_parts` pieces split on NUL (the last piece keeps any further
// NULs, so read still sees and refuses them). With fewer than `min_parts`
// pieces, the input is cut into equal halves at byte boundaries: a mutation
// that drops the separator still exercises the multi-document path.
inline std::vector<std::string> split(std::string_view in, std::size_t min_parts, std::size_t max_parts) {
    std::vector<std::string> parts;
    while (parts.size() + 1 < max_parts) {
        std::size_t p = in.find(separator);
        if (p == std::string_view::npos) break;
        parts.emplace_back(in.substr(0, p));
        in.remove_prefix(p + 1);
    }
    parts.emplace_back(in);
    if (parts.size() < min_parts) {
        std::string all;
        for (const auto& p : parts) all += p;
        parts.clear();
        for (std::size_t i = 0; i < min_parts; ++i)
            parts.push_back(all.substr(all.size() * i / min_parts, all.size() * (i + 1) / min_parts - all.size() * i / min_parts));
    }
    return parts;
}

[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
    std::abort();
}

inline void check(bool ok, const char* what) {
    if (!ok) fail(what);
}

inline void check_span(Span s, std::size_t size, const char* what) {
    check(s.start <= s.end && s.end <= size, what);
}

}  // namespace parallax::fuzz
