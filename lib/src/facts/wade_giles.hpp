// The pinyin / Wade–Giles syllable table (data in wade_giles.cpp).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace parallax::facts_detail {

// {pinyin, Wade–Giles}, lower case, with ü as written in each system.
extern const std::pair<std::string_view, std::string_view> pinyin_wade_giles[];
extern const std::size_t pinyin_wade_giles_size;

}  // namespace parallax::facts_detail
