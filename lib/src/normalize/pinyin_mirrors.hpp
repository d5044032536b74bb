// Pinyin mirrors: reprint sites that print pinyin in brackets after Han
// characters ("學(xué)生", "学(xué)生(shēng)", "中國(guo)"). Such an
// annotation repeats the characters before it; it is no word of the
// article, so normalize drops its tokens.
#pragma once

#include <vector>

#include "parallax/model.hpp"

namespace parallax {

// The annotations in `doc` (tokens with ids, read with `lex`): a bracket
// "(...)" right after Han characters (or after another annotation of
// them: "中(zhong)(zhong)"), holding only Latin words, whose letters
// without tone marks are the pinyin of the characters just before it, each
// character in its reading for names or its common one (Lexicon::latin,
// Lexicon::common_reading): "小明(xiǎomíng)" and "小明(Xiǎo Míng)" are, "中国
// (China)" is not. Each span runs from the opening bracket to the closing
// one; in reading order.
std::vector<Span> pinyin_mirrors(const Document& doc, const Lexicon& lex);

// Drops the tokens inside `spans` (sorted, disjoint) from doc.tokens and
// renumbers the token ranges of paragraphs and sentences. Text and spans
// are not changed.
void drop_tokens(Document& doc, const std::vector<Span>& spans);

}  // namespace parallax
