// Countries and their demonyms ("Denmark", "Danish"): data in
// lib/src/facts/demonyms.cpp, generated from mledoze/countries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace parallax::facts_detail {

struct CountryDemonyms {
    std::string_view names;      // the country's names, '|'-separated
    std::string_view demonyms;   // its English demonyms, '|'-separated
};

extern const CountryDemonyms country_demonyms[];
extern const std::size_t country_demonyms_size;

enum class CountryMatch {
    unknown,    // either is no country or demonym of the table
    related,    // a country and its own demonym, or two of its names ("Denmark", "Danish")
    different,  // two countries, or their demonyms ("Danish", "Norwegian"; "Sweden", "Switzerland")
};

// Whole names, compared case- and diacritics-insensitively.
CountryMatch compare_countries(std::string_view a, std::string_view b);

// The same comparison for a name compared with many: its table entries
// looked up once (null when the table has none), then compared as often as
// needed. compare_countries(a, b) is compare_countries(country_entries(a),
// country_entries(b)).
struct CountryEntries;
const CountryEntries* country_entries(std::string_view name);
CountryMatch compare_countries(const CountryEntries* a, const CountryEntries* b);

// The first name of the one country `name` names (a name or demonym of it),
// or "" when none or several.
std::string country_of(std::string_view name);

}  // namespace parallax::facts_detail
