#include "terminal.hpp"

#include <cstdio>

namespace parallax::report {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0. Overlong forms,
// surrogates and values past U+10FFFF are invalid, as in read's check.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char lead = b(i);
    std::size_t n = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((b(i + k) & 0xC0) != 0x80) return 0;
    if (n == 2 && lead < 0xC2) return 0;
    if (n == 3 && ((lead == 0xE0 && b(i + 1) < 0xA0) || (lead == 0xED && b(i + 1) >= 0xA0))) return 0;
    if (n == 4 && ((lead == 0xF0 && b(i + 1) < 0x90) || lead > 0xF4 || (lead == 0xF4 && b(i + 1) >= 0x90))) return 0;
    return n;
}

void hex(std::string& out, const char* prefix, unsigned v, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, v);
    out += buf;
}

}  // namespace

std::string terminal_safe(std::string_view s, Newlines nl) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto ch = static_cast<unsigned char>(s[i]);
        if (ch >= 0x20 && ch < 0x7F) {
            out += static_cast<char>(ch);
            ++i;
            continue;
        }
        if (ch < 0x20 || ch == 0x7F) {
            bool crlf = ch == '\r' && i + 1 < s.size() && s[i + 1] == '\n';
            if (nl == Newlines::keep && (ch == '\n' || crlf)) out += static_cast<char>(ch);
            else if (ch == '\n') out += "\\n";
            else if (ch == '\r') out += "\\r";
            else if (ch == '\t') out += "\\t";
            else hex(out, "\\x", ch, 2);
            ++i;
            continue;
        }
        std::size_t n = utf8_length(s, i);
        if (n == 0) {
            hex(out, "\\x", ch, 2);
            ++i;
        } else if (n == 2 && ch == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
            hex(out, "\\u", static_cast<unsigned char>(s[i + 1]), 4);  // C1: U+0080..U+009F
            i += 2;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

const char* severity_sgr(Severity s) {
    switch (s) {
        case Severity::high: return "\x1b[1;31m";
        case Severity::medium: return "\x1b[33m";
        case Severity::low: return "\x1b[2m";
    }
    return "\x1b[2m";
}

}  // namespace parallax::report
