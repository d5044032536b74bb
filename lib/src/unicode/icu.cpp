#include "icu.hpp"

#include <unicode/translit.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <stdexcept>

#include "unicode.hpp"

namespace parallax::unicode {

namespace {

// ICU transform rules (ICU User Guide, "General Transforms"). A `::ID ;`
// line runs one of ICU's own transliterators; the lines between run as
// rules of their own, in order.
constexpr const char* simplified_rules = "::Traditional-Simplified ;";
constexpr const char* han_names_rules = "::Han-Latin/Names ; ::Latin-ASCII ; ::Lower ;";
constexpr const char* han_general_rules = "::Han-Latin ; ::Latin-ASCII ; ::Lower ;";
// Kazakh letters first become the Russian letters English-language usage
// spells them with (Сұлтанов is "Sultanov", Әсел "Asel"), һ a Latin h;
// BGN/PCGN then romanizes Russian as English-language maps and wire copy
// do; its primes for the soft and hard signs are dropped (Игорь "Igor").
constexpr const char* other_rules =
    "::Lower ;"
    "ә > а ; ғ > г ; қ > к ; ң > н ; ө > о ; ұ > у ; ү > у ; і > и ; һ > h ;"
    "::Russian-Latin/BGN ;"
    "[ʹʺ] > ;"
    "::Any-Latin ;"
    "ə > a ;"
    "::Latin-ASCII ;"
    "::Lower ;";

std::unique_ptr<icu::Transliterator> create(const char* rules) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "parallax", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, where, status));
    if (U_FAILURE(status) || !t)
        throw std::runtime_error(std::string("ICU transliterator not available (") + u_errorName(status) +
                                 "): is libicu's data installed?");
    return t;
}

std::string run(icu::Transliterator& t, std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    t.transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool has_han(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();)
        if (is_han(next(s, pos))) return true;
    return false;
}

bool ascii(std::string_view s) {
    for (char ch : s)
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    return true;
}

}  // namespace

struct Transforms::Impl {
    std::unique_ptr<icu::Transliterator> simplified, han_names, han_general, other;

    icu::Transliterator& get(std::unique_ptr<icu::Transliterator>& t, const char* rules) {
        if (!t) t = create(rules);
        return *t;
    }
};

Transforms::Transforms() : impl_(std::make_unique<Impl>()) {}
Transforms::~Transforms() = default;

std::string Transforms::simplified(std::string_view s) {
    if (!has_han(s)) return std::string(s);
    return run(impl_->get(impl_->simplified, simplified_rules), s);
}

std::string Transforms::latin(std::string_view s, HanReading han) {
    std::string out(s);
    if (has_han(out)) {
        out = han == HanReading::names ? run(impl_->get(impl_->han_names, han_names_rules), out)
                                       : run(impl_->get(impl_->han_general, han_general_rules), out);
    }
    if (!ascii(out)) return run(impl_->get(impl_->other, other_rules), out);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

bool utf16_to_utf8(std::string_view bytes, bool big_endian, std::string& out, std::size_t& bad) {
    std::u16string units(bytes.size() / 2, u'\0');
    for (std::size_t i = 0; i < units.size(); ++i) {
        auto hi = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 0 : 1)]);
        auto lo = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 1 : 0)]);
        units[i] = static_cast<char16_t>(hi << 8 | lo);
    }
    // ICU's strict conversion refuses an unpaired surrogate but does not say
    // where: find it first, for the message.
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (U16_IS_LEAD(units[i]) && i + 1 < units.size() && U16_IS_TRAIL(units[i + 1])) ++i;
        else if (U16_IS_SURROGATE(units[i])) return bad = 2 * i, false;
    }
    if (bytes.size() % 2) return bad = bytes.size() - 1, false;
    UErrorCode status = U_ZERO_ERROR;
    int32_t need = 0;
    u_strToUTF8(nullptr, 0, &need, units.data(), static_cast<int32_t>(units.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return bad = 0, false;
    out.assign(static_cast<std::size_t>(need), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), need, &need, units.data(), static_cast<int32_t>(units.size()), &status);
    if (U_FAILURE(status)) return bad = 0, false;
    return true;
}

}  // namespace parallax::unicode
