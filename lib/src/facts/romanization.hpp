// Romanized Mandarin: whether two Latin spellings of a name are readings of
// the same Chinese syllables (pinyin against Wade–Giles), or two different
// pinyin names. Data: lib/src/facts/wade_giles.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::facts_detail {

enum class MandarinMatch {
    unknown,    // not both romanized Mandarin, or not decidable
    same,       // one name written in two systems ("Teng Hsiao-ping", "Deng Xiaoping")
    different,  // two personal names in pinyin that differ in a syllable ("Li Qiang", "Li Jiang")
};

MandarinMatch compare_mandarin(std::string_view a, std::string_view b);

// One spelling read once (its syllables and their pinyin readings), for
// comparing it with many: compare_mandarin(a, b) is
// compare_mandarin(*mandarin_form(a), *mandarin_form(b)).
struct MandarinForm;
std::shared_ptr<const MandarinForm> mandarin_form(std::string_view name);
MandarinMatch compare_mandarin(const MandarinForm& a, const MandarinForm& b);

// Toneless pinyin syllables (ü written u) a Wade–Giles syllable may stand for;
// an apostrophe marks aspiration and may be missing in print, so "ping" gives
// {bing, ping} and "p'ing" {ping}. Empty when it is no Wade–Giles syllable.
std::vector<std::string> pinyin_for_wade_giles(std::string_view syllable);

bool is_pinyin_syllable(std::string_view syllable);

}  // namespace parallax::facts_detail
