#include "parallax/read.hpp"

#include <filesystem>

#include "../unicode/unicode.hpp"
#include "file_bytes.hpp"
#include "parallax/display.hpp"
#include "parallax/error.hpp"

namespace parallax {

namespace fs = std::filesystem;

namespace {

// Whether valid UTF-8 `bytes` hold anything to compare: a code point other
// than white space (ASCII or Unicode: U+3000, U+00A0...), a control or
// format character (zero-width space and joiners, the BOM) or an unassigned
// one. A file of only those is refused as an ASCII-blank file is.
bool has_visible_text(std::string_view bytes) {
    for (std::size_t pos = 0; pos < bytes.size();) {
        auto k = unicode::classify(unicode::next(bytes, pos));
        if (k != unicode::Class::space && k != unicode::Class::other) return true;
    }
    return false;
}

}  // namespace

std::string label_for(const std::string& path) {
    return fs::path(path).stem().string();
}

Document read_file(const std::string& path) { return read_bytes(path, detail::read_regular_file(path, max_file_bytes)); }

Document read_bytes(const std::string& path, std::string bytes) {
    if (bytes.empty()) throw Error(path, "file is empty");
    if (auto nul = bytes.find('\0'); nul != std::string::npos)
        throw Error(path, "binary file (NUL byte at offset " + std::to_string(nul) + "), expected UTF-8 text");
    if (auto bad = unicode::first_invalid_byte(bytes); bad != unicode::valid)
        throw Error(path, "invalid UTF-8 at byte offset " + std::to_string(bad));
    if (!has_visible_text(bytes)) throw Error(path, "file has no text (only whitespace or invisible characters)");
    Document doc;
    // Shown in reports and JSON; the caller keeps the path as given for opening.
    doc.path = display(path);
    doc.name = display(label_for(path));
    doc.text = std::move(bytes);
    return doc;
}

}  // namespace parallax
