// Letters without case or marks, for "the same name, written with or
// without diacritics" (lib/src/facts/translit.cpp).
#pragma once

#include <string>
#include <string_view>

namespace parallax::facts_detail {

// casefold_strip_marks, and letters that carry no mark to strip mapped to
// their plain form: ø o, æ ae, ð d, ł l, œ oe, đ d, ı i, þ th, ə a
// ("Jørgen Ødegård" = "Jorgen Odegard"). Everything else,
// spaces and punctuation included, is kept.
std::string plain_letters(std::string_view text);

}  // namespace parallax::facts_detail
