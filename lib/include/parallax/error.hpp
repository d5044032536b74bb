// The one exception type: bad input or I/O trouble, always naming the file.
// Content problems (unrelated files, oversized input) are data, not errors.
#pragma once

#include <stdexcept>
#include <string>

namespace parallax {

class Error : public std::runtime_error {
public:
    Error(std::string path, const std::string& what)
        : std::runtime_error(path + ": " + what), path_(std::move(path)) {}
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace parallax
