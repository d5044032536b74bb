// An input named on the command line: a file, or standard input as "-"
// (as diff and difftastic read it). The library never reads stdin itself.
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

#include "commands.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"

namespace parallax::app {

namespace {

std::string read_stdin() {
    std::string bytes;
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw Error("standard input", "read error: " + std::error_code(errno, std::generic_category()).message());
        if (n == 0) return bytes;
        bytes.append(buf, static_cast<std::size_t>(n));
        if (bytes.size() > max_file_bytes)
            throw Error("standard input", "too large (the limit is " + std::to_string(max_file_bytes) + " bytes)");
    }
}

}  // namespace

Document read_input(const std::string& path) { return path == "-" ? read_bytes("-", read_stdin()) : read_file(path); }

}  // namespace parallax::app
