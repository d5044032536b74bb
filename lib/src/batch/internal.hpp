// batch internals shared by its source files; not part of the public API.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "parallax/model.hpp"

namespace parallax::batch::detail {

// Writes `path` through a temporary file in the same directory and renames
// it into place, so the file is whole or absent. Throws parallax::Error.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& body);

// Bytes of a small file; throws parallax::Error.
std::string slurp(const std::string& path);

}  // namespace parallax::batch::detail
