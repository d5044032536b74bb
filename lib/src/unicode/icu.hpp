// The only doorway to ICU: the script transforms the engine needs
// (transliteration to Latin, traditional to simplified Chinese) are asked
// for here and nowhere else, so ICU's headers and types stay in icu.cpp.
// utf8proc (unicode.hpp) stays the library of properties and the fold; ICU
// is only for what utf8proc does not do.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace parallax::unicode {

// Which reading of a Han character: the one ICU gives for names
// (Han-Latin/Names: 解 "xie", 重 "chong", 曾 "zeng", 长 "chang"), or its
// most common reading (Han-Latin: 解 "jie", 重 "zhong", 曾 "ceng", 长 "zhang").
enum class HanReading { names, general };

// ICU transliterators of one run. Each is built on first use: building
// one loads and compiles ICU's rules (about 50 ms for the first, 150 ms
// more for Han-Latin), so a run that meets no Han or Cyrillic text never
// pays for them. Not for use by two threads at once (ICU transliterators
// keep no state between calls, but the lazy creation does).
class Transforms {
public:
    Transforms();
    ~Transforms();
    Transforms(const Transforms&) = delete;
    Transforms& operator=(const Transforms&) = delete;

    // Han characters in their simplified forms (ICU Traditional-Simplified,
    // character by character: 篤 笃, 學 学, 後 后, 髮 发); everything else
    // as it is.
    std::string simplified(std::string_view s);

    // `s` in Latin letters, lower case, without diacritics: Han characters by
    // `han` reading, syllables separated by a space; Cyrillic by BGN/PCGN
    // (the romanization of English-language maps and press: Соколов
    // "sokolov", Жанна "zhanna", Ельцин "yeltsin"; soft and hard signs
    // dropped), Kazakh letters read as their Russian counterparts (Сұлтанов
    // "sultanov", ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, і i) except һ "h"; other
    // scripts by ICU Any-Latin; then ICU Latin-ASCII (ə "a" first, which
    // Latin-ASCII keeps). Characters no transform knows are kept.
    std::string latin(std::string_view s, HanReading han = HanReading::names);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// UTF-16 code units (`bytes`, after the byte-order mark, little or big
// endian) as UTF-8. On an odd byte count or an unpaired surrogate returns
// false with `bad` the byte offset (in `bytes`) of the first bad unit.
bool utf16_to_utf8(std::string_view bytes, bool big_endian, std::string& out, std::size_t& bad);

}  // namespace parallax::unicode
