// read: bytes from disk, checked. The only stage that touches the file system.
#pragma once

#include <cstddef>
#include <string>

#include "parallax/model.hpp"

namespace parallax {

// Files larger than this are refused rather than half-processed.
inline constexpr std::size_t max_file_bytes = std::size_t{512} << 20;

// Reads and validates one file. Throws parallax::Error naming the file and
// the problem: missing, a directory, unreadable, empty, binary (NUL byte),
// invalid UTF-8 (with the byte offset), or too large.
Document read_file(const std::string& path);

// The same checks on bytes already in memory; `path` is used in messages.
Document read_bytes(const std::string& path, std::string bytes);

// The label a report shows for a path: its file name without extension.
std::string label_for(const std::string& path);

}  // namespace parallax
