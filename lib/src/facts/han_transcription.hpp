// Foreign names written in Chinese characters by sound (伊万诺夫 for
// Ivanov, 彼得罗夫 for Petrov, 史密斯 for Smith): one character a syllable,
// from the fixed set of transcription characters of Xinhua's tables. Which
// runs of a Chinese sentence are such names, and whether a run transcribes
// a word written in Latin letters (or Cyrillic, through its BGN/PCGN Latin
// form).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax::han_names {

// A character of the transcription tables (英语译音表, 俄汉译音表).
bool transcription_char(char32_t c);

// How well toneless pinyin syllables (as the lexicon reads each character:
// 努 "nu", 尔 "er", 特 "te", 列 "lie", 乌 "wu") transcribe one word in
// lower-case ASCII Latin ("petrov"): 1 - edit cost / the word's length,
// where each syllable may stand for any of the spellings the tables give it
// (特 "t" or "te", 夫 "v" or "f", 吉 "j", "g" or "di") and a vowel the tables
// write for another (e for i, a for u) costs half. 0 when the word is shorter than three letters.
double transcription_score(const std::vector<std::string_view>& syllables, std::string_view latin);

// The score from which a run is taken to transcribe a word: "Petrov" for
// 彼得罗夫 (1.0), not a surname of other consonants (about 0.7 and below).
constexpr double transcribes_from = 0.8;

// A coarse sound skeleton of each side, equal for a name and its
// transcription in most cases: consonant classes (b/p, d/t, g/k, f/v/w,
// l/r, s/z/sh, ...), vowels dropped. Empty when shorter than three classes,
// too short to tell names apart. For anchors, which need a key each
// document computes alone.
std::string sound_key(const std::vector<std::string_view>& syllables);
std::string sound_key(std::string_view latin);

// A run of Han tokens in one sentence that reads as a transcribed foreign
// name: after an office word (外长伊万诺夫), before a form of address
// (史密斯先生), or parts joined by a middle dot
// (伊万·彼得罗夫).
struct HanName {
    std::vector<std::vector<std::size_t>> parts;  // token indices of each part, in order
    Span span;
};

std::vector<HanName> find_han_names(const Document& d, const Sentence& s);

// The syllables of one part, as the lexicon reads its characters.
std::vector<std::string_view> syllables(const Document& d, const std::vector<std::size_t>& tokens);

// Anchor keys of a sentence: "h" + the sound key of each part of each
// transcribed name in Han characters, and of each capitalised word but the
// sentence's first in another script (its Latin form: "Петров" is read "petrov"), so that
// 彼得罗夫, "Petrov" and "Петров" share one key.
void sound_keys(const Document& d, const Sentence& s, std::vector<std::string>& out);

}  // namespace parallax::han_names
