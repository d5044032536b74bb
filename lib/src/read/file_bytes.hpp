// read internals: the bytes of one regular file, bounded. Shared with batch
// (manifests, summaries) so every file the library reads is read one way.
#pragma once

#include <cstddef>
#include <string>

namespace parallax::detail {

// Reads a whole regular file of at most `limit` bytes. Anything else — a
// FIFO, device or socket (which could block forever or never end), a
// directory, a missing or unreachable file, a larger file — throws
// parallax::Error naming `path` and saying which. Never blocks on a FIFO.
std::string read_regular_file(const std::string& path, std::size_t limit);

}  // namespace parallax::detail
