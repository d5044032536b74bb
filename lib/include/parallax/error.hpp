// The one exception type: bad input or I/O trouble, always naming the file.
// Content problems (unrelated files, oversized input) are data, not errors.
// The message shows the file name through display(), so no file name can
// put raw control characters or invalid UTF-8 into a message or a summary.
#pragma once

#include <stdexcept>
#include <string>

#include "parallax/display.hpp"

namespace parallax {

class Error : public std::runtime_error {
public:
    Error(std::string path, const std::string& what)
        : std::runtime_error(display(path) + ": " + what), path_(std::move(path)) {}
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace parallax
