// Place names with more than one spelling in use for one place, as a table:
// Chinese postal romanization against pinyin ("Peking" / "Beijing",
// "Tientsin" / "Tianjin"). Data in postal_names.cpp.
#pragma once

#include <string>
#include <string_view>

namespace parallax::facts_detail {

// A whole name folded for the tables: case folded, marks stripped (and the
// letters of plain_letters mapped), everything but the letters a-z dropped,
// so spaces, hyphens and apostrophes do not count ("Nan-king" = "nanking",
// "Xi'an" = "xian"). Empty when nothing Latin is left.
std::string place_key(std::string_view name);

// The place a whole name names in the table (its pinyin form, folded), or
// empty when the name is not in it. Never a part of a name: "Peking University" is no place.
std::string_view place_named(std::string_view name);

enum class PlaceMatch {
    unknown,    // not both in the tables, or the same letters (place_key) anyway
    same,       // one place under two names ("Tientsin" / "Tianjin", "Canton" / "Guangzhou")
    different,  // two places of the table ("Shensi" / "Shanxi")
};

PlaceMatch compare_places(std::string_view a, std::string_view b);

// One name read for compare_places once, for comparing it with many.
struct PlaceForm {
    std::string key;         // place_key
    std::string_view named;  // place_named
};
PlaceForm place_form(std::string_view name);
PlaceMatch compare_places(const PlaceForm& a, const PlaceForm& b);

}  // namespace parallax::facts_detail
