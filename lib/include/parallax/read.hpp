// read: bytes from disk, checked. The only stage that touches the file system.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// Files larger than this are refused rather than half-processed.
inline constexpr std::size_t max_file_bytes = std::size_t{512} << 20;

// Reads and validates one file. Throws parallax::Error naming the file and
// the problem: missing, unreachable (a symlink loop, a directory that cannot
// be entered), a directory, not a regular file (a FIFO, device or socket is
// refused before it is opened, so nothing blocks), empty, without text (only
// white space or invisible characters), binary (NUL byte), invalid UTF-8
// (with the byte offset), or too large. The Document's path and name are
// for showing (see parallax/display.hpp): a name that is not UTF-8 or holds
// control characters shows them escaped; open files by the path as given.
//
// Not only UTF-8 text (docs/inputs.md): UTF-16 with its byte-order mark is
// decoded; an HTML page (.html, .htm, .xhtml, or a file that begins as one)
// becomes the text a reader sees, mapped back to the page
// (Document::source); a PDF's text layer and a DOCX's paragraphs are read.
// Other document formats (.doc, RTF, ODT, UTF-32) are refused with a
// message that says how to convert them.
Document read_file(const std::string& path);

// The same checks on bytes already in memory; `path` is used in messages.
// The path "-" is standard input: named "standard input" in messages and
// labelled "stdin".
Document read_bytes(const std::string& path, std::string bytes);

// The label a report shows for a path: its file name without extension
// ("stdin" for "-").
std::string label_for(const std::string& path);

// Which of `docs` (read from `paths`, in order) --base names: one whose path
// is `base`, else the same file by another path, else one whose label or
// file name (with extension) is. Throws parallax::Error when none is,
// or when the label is shared by files in different folders (naming both).
std::size_t find_base(const std::vector<Document>& docs, const std::vector<std::string>& paths, const std::string& base);

}  // namespace parallax
