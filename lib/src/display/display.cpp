#include "parallax/display.hpp"

#include <cstdio>

#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

void hex_byte(std::string& out, unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", b);
    out += buf;
}

}  // namespace

std::string display(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        auto b = static_cast<unsigned char>(bytes[pos]);
        if (b < 0x80) {
            ++pos;
            if (b == '\n') out += "\\n";
            else if (b == '\r') out += "\\r";
            else if (b == '\t') out += "\\t";
            else if (b < 0x20 || b == 0x7f) hex_byte(out, b);
            else out += static_cast<char>(b);
            continue;
        }
        // One sequence at a time: valid ones are copied, a bad byte escaped alone.
        std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        std::string_view seq = bytes.substr(pos, len);
        if (seq.size() < len || unicode::first_invalid_byte(seq) != unicode::valid) {
            hex_byte(out, b);
            ++pos;
            continue;
        }
        std::size_t p = 0;
        char32_t c = unicode::next(seq, p);
        if (c >= 0x80 && c < 0xA0) {  // C1 controls: 0x9b is a CSI on some terminals
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u{%x}", static_cast<unsigned>(c));
            out += buf;
        } else {
            out += seq;
        }
        pos += len;
    }
    return out;
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
}

}  // namespace parallax
