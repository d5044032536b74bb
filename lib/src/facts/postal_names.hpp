// Place names with more than one spelling in use for one place, as tables:
// Chinese postal romanization against pinyin ("Peking" / "Beijing"), and the
// Russian-era against the Kazakh forms of places in Kazakhstan ("Chimkent" /
// "Shymkent", "Alma-Ata" / "Almaty"). Data in postal_names.cpp.
#pragma once

#include <string>
#include <string_view>

namespace parallax::facts_detail {

// A whole name folded for the tables: case folded, marks stripped (and the
// letters of plain_letters mapped), everything but the letters a-z dropped,
// so spaces, hyphens and apostrophes do not count ("Alma-Ata" = "almaata",
// "Xi'an" = "xian"). Empty when nothing Latin is left.
std::string place_key(std::string_view name);

// The place a whole name names in the tables (its current form: pinyin for
// China, the Kazakh form for Kazakhstan, folded), or empty when the name is
// in neither table. Never a part of a name: "Peking University" is no place.
std::string_view place_named(std::string_view name);

enum class PlaceMatch {
    unknown,    // not both in the tables, or the same letters (place_key) anyway
    same,       // one place under two names ("Tientsin" / "Tianjin", "Uralsk" / "Oral")
    different,  // two places of the tables ("Aktau" / "Aktobe", "Shensi" / "Shanxi")
};

PlaceMatch compare_places(std::string_view a, std::string_view b);

}  // namespace parallax::facts_detail
