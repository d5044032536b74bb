// batch internals shared by its source files; not part of the public API.
#pragma once

#include <cstddef>
#include <string>

namespace parallax::batch::detail {

// The largest summary.json read back; a real one is a few kilobytes.
inline constexpr std::size_t max_summary_bytes = std::size_t{16} << 20;

// Bytes of a summary.json; throws parallax::Error.
std::string slurp(const std::string& path);

// Removes the temporary files a killed run left in a set's or the output
// directory: today's (see parallax/write.hpp) and the NAME.tmp<pid> ones of
// earlier versions.
void remove_leftovers(const std::string& dir);

}  // namespace parallax::batch::detail
