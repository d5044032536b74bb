#include "unicode.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace parallax::unicode {

std::size_t first_invalid_byte(std::string_view bytes) {
    std::size_t pos = 0;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
    while (pos < bytes.size()) {
        unsigned char b = static_cast<unsigned char>(bytes[pos]);
        if (b < 0x80) {  // ASCII fast path: most of any real file
            ++pos;
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(p + pos, static_cast<utf8proc_ssize_t>(bytes.size() - pos), &cp);
        if (n <= 0 || !utf8proc_codepoint_valid(cp)) return pos;
        pos += static_cast<std::size_t>(n);
    }
    return valid;
}

char32_t next_multibyte(std::string_view s, std::size_t& pos) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + pos,
                              static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
    if (n <= 0) {
        ++pos;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

void append(std::string& out, char32_t c) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

Class classify_non_ascii(char32_t c) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LT: return Class::upper_letter;
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO: return Class::letter;
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO: return Class::digit;
        case UTF8PROC_CATEGORY_ZS:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP: return Class::space;
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME: return Class::mark;
        case UTF8PROC_CATEGORY_PC:
        case UTF8PROC_CATEGORY_PD:
        case UTF8PROC_CATEGORY_PS:
        case UTF8PROC_CATEGORY_PE:
        case UTF8PROC_CATEGORY_PI:
        case UTF8PROC_CATEGORY_PF:
        case UTF8PROC_CATEGORY_PO:
        case UTF8PROC_CATEGORY_SM:
        case UTF8PROC_CATEGORY_SC:
        case UTF8PROC_CATEGORY_SK:
        case UTF8PROC_CATEGORY_SO: return Class::punct;
        default: return Class::other;
    }
}

namespace {
std::string map(std::string_view s, int options) {
    bool ascii = true;
    for (char ch : s)
        if (static_cast<unsigned char>(ch) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {  // NFKC is the identity on ASCII and case folding is tolower
        std::string out(s);
        if (options & UTF8PROC_CASEFOLD)
            for (char& ch : out)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return out;
    }
    utf8proc_uint8_t* out = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                          static_cast<utf8proc_ssize_t>(s.size()), &out,
                          static_cast<utf8proc_option_t>(options));
    if (n < 0) return std::string(s);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}
}  // namespace

bool is_ignorable(char32_t c) {
    return c >= 0x80 && utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->ignorable;
}

std::string drop_ignorable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        if (!is_ignorable(next(s, pos))) out.append(s, at, pos - at);
    }
    return out;
}

std::string nfkc_casefold(std::string_view s) {
    return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
}

std::string casefold_strip_marks(std::string_view s) {
    return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                      UTF8PROC_STRIPMARK);
}

std::string_view base_letter(char32_t c) {
    switch (c) {
        case 0x0142: return "l";   // ł
        case 0x00F8: return "o";   // ø
        case 0x0111: return "d";   // đ
        case 0x00E6: return "ae";  // æ
        case 0x0153: return "oe";  // œ
        case 0x0131: return "i";   // dotless i
        case 0x00FE: return "th";  // þ
        case 0x00F0: return "d";   // ð
        case 0x0259: return "a";   // Azerbaijani ə, written a in English ("Məmməd", "Mammad")
        default: return "";
    }
}

int display_width(char32_t c) {
    if (c < 0x80) return c >= 0x20 && c != 0x7F ? 1 : 0;
    return utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
}

}  // namespace parallax::unicode
