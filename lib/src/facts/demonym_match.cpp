#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "../unicode/unicode.hpp"
#include "demonyms.hpp"
#include "parallax/facts.hpp"

namespace parallax::facts_detail {

namespace {

struct Entry {
    std::size_t country;
    bool demonym;
};

}  // namespace

// The countries one folded name or demonym belongs to.
struct CountryEntries {
    std::vector<Entry> entries;
};

namespace {

// Folded name or demonym -> the countries it belongs to. Built once, on
// first use, from the data table; never changed after.
const std::unordered_map<std::string, CountryEntries>& index() {
    static const auto built = [] {
        std::unordered_map<std::string, CountryEntries> m;
        auto add = [&](std::string_view list, std::size_t country, bool demonym) {
            for (;;) {
                std::size_t bar = list.find('|');
                m[unicode::casefold_strip_marks(list.substr(0, bar))].entries.push_back({country, demonym});
                if (bar == std::string_view::npos) break;
                list.remove_prefix(bar + 1);
            }
        };
        for (std::size_t k = 0; k < country_demonyms_size; ++k) {
            add(country_demonyms[k].names, k, false);
            add(country_demonyms[k].demonyms, k, true);
            // English names a -stan country's people and things by the name
            // without -istan / -stan ("Uzbek", "Tajik", "Kyrgyz"), which the
            // source lists for few of them ("Uzbekistani", "Tadzhik"); five
            // letters at least, so no short word becomes a demonym
            std::string_view first = country_demonyms[k].names.substr(0, country_demonyms[k].names.find('|'));
            for (std::string_view tail : {"istan", "stan"}) {
                if (first.size() < tail.size() + 5 || first.substr(first.size() - tail.size()) != tail ||
                    first.find(' ') != std::string_view::npos)
                    continue;
                add(first.substr(0, first.size() - tail.size()), k, true);
                break;
            }
        }
        return m;
    }();
    return built;
}

std::string key(std::string_view name) {
    std::string s = unicode::casefold_strip_marks(name);
    // "the Danish", possessive and surrounding blanks do not change the referent
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
    if (s.size() > 2 && (s.compare(s.size() - 2, 2, "'s") == 0)) s.resize(s.size() - 2);
    if (s.rfind("the ", 0) == 0) s.erase(0, 4);
    return s;
}

}  // namespace

std::string country_of(std::string_view name) {
    const auto& idx = index();
    auto it = idx.find(key(name));
    if (it == idx.end()) return {};
    std::size_t k = it->second.entries.front().country;
    for (const Entry& e : it->second.entries)
        if (e.country != k) return {};
    std::string_view names = country_demonyms[k].names;
    return std::string(names.substr(0, names.find('|')));
}

const CountryEntries* country_entries(std::string_view name) {
    const auto& idx = index();
    auto it = idx.find(key(name));
    return it == idx.end() ? nullptr : &it->second;
}

CountryMatch compare_countries(std::string_view a, std::string_view b) { return compare_countries(country_entries(a), country_entries(b)); }

CountryMatch compare_countries(const CountryEntries* a, const CountryEntries* b) {
    if (!a || !b) return CountryMatch::unknown;
    bool demonym = false, shared = false;
    for (const Entry& x : a->entries)
        for (const Entry& y : b->entries) {
            demonym = demonym || x.demonym || y.demonym;
            shared = shared || x.country == y.country;
        }
    if (shared) return CountryMatch::related;
    // two countries, or a demonym against another country ("Sweden" / "Switzerland")
    return CountryMatch::different;
}

}  // namespace parallax::facts_detail

namespace parallax {

std::string country_of(std::string_view name) {
    return facts_detail::country_of(name);
}

}  // namespace parallax
