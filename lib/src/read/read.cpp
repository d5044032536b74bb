#include "parallax/read.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parallax/error.hpp"
#include "../unicode/unicode.hpp"

namespace parallax {

namespace fs = std::filesystem;

std::string label_for(const std::string& path) {
    return fs::path(path).stem().string();
}

Document read_file(const std::string& path) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw Error(path, "no such file");
    if (fs::is_directory(status)) throw Error(path, "is a directory, not a text file");
    auto size = fs::file_size(path, ec);
    if (!ec && size > max_file_bytes)
        throw Error(path, "file is too large (" + std::to_string(size) + " bytes; the limit is " +
                              std::to_string(max_file_bytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot open file for reading");
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw Error(path, "read error");
    return read_bytes(path, std::move(buf).str());
}

Document read_bytes(const std::string& path, std::string bytes) {
    if (bytes.empty()) throw Error(path, "file is empty");
    if (auto nul = bytes.find('\0'); nul != std::string::npos)
        throw Error(path, "binary file (NUL byte at offset " + std::to_string(nul) + "), expected UTF-8 text");
    if (auto bad = unicode::first_invalid_byte(bytes); bad != unicode::valid)
        throw Error(path, "invalid UTF-8 at byte offset " + std::to_string(bad));
    std::size_t body = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    if (bytes.find_first_not_of(" \t\r\n\f\v", body) == std::string::npos)
        throw Error(path, "file has no text (only whitespace)");
    Document doc;
    doc.path = path;
    doc.name = label_for(path);
    doc.text = std::move(bytes);
    return doc;
}

}  // namespace parallax
