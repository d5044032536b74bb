// write: the one way the library writes a file (reports, summaries, the
// batch index). A regular file is whole or untouched: the bytes go to a
// temporary file beside it, renamed into place. Symlinks are written
// through; a device or FIFO is written directly, never replaced. No
// temporary file survives an error.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

// Writes what `body` puts into the stream to `path`. Throws parallax::Error
// naming `path`: it is a directory, one of `inputs` (the same file, compared
// by device and inode), or cannot be written (with the system's reason, e.g.
// "No space left on device"). Exceptions from `body` are passed on.
void write_file(const std::string& path, const std::function<void(std::ostream&)>& body,
                const std::vector<std::string>& inputs = {});

// Throws parallax::Error if `output` exists and is the same file as one of
// `inputs`. Lets a command refuse before it does the work.
void refuse_input_as_output(const std::string& output, const std::vector<std::string>& inputs);

// Temporary files are named ".NAME.parallax-XXXXXXXX.tmp" (hidden, so no
// directory listing of sets or reports takes them for data).
bool is_temporary_name(std::string_view file_name);

// Removes the temporary files a killed run left directly inside `dir`.
// Errors are ignored: a leftover is untidy, not wrong.
void remove_temporaries(const std::string& dir);

}  // namespace parallax
