// dictd files (the format of FreeDict's Debian packages): an .index of
// lines "headword<TAB>offset<TAB>length", numbers in dictd's base64, into
// a .dict file (or its dictzip .dict.dz, which gzip reads whole). An entry
// is the headword line, then lines of translations separated by commas,
// numbered "1. ..." when there are several senses.
#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <sstream>

#include "parallax/dictionary.hpp"
#include "parallax/error.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

// FreeDict names languages by ISO 639-3 codes; the engine uses 639-1.
std::string two_letter(std::string_view three) {
    static constexpr std::pair<std::string_view, std::string_view> codes[] = {
        {"ara", "ar"}, {"ces", "cs"}, {"dan", "da"}, {"deu", "de"}, {"ell", "el"}, {"eng", "en"}, {"fin", "fi"},
        {"fra", "fr"}, {"hun", "hu"}, {"ita", "it"}, {"jpn", "ja"}, {"kaz", "kk"}, {"nld", "nl"}, {"nor", "no"},
        {"pol", "pl"}, {"por", "pt"}, {"ron", "ro"}, {"rus", "ru"}, {"spa", "es"}, {"swe", "sv"}, {"tur", "tr"},
        {"ukr", "uk"}, {"zho", "zh"}, {"cmn", "zh"},
    };
    for (auto [k, v] : codes)
        if (k == three) return std::string(v);
    return "";
}

bool b64(std::string_view s, std::uint64_t& out) {
    static constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (s.empty() || s.size() > 10) return false;
    out = 0;
    for (char ch : s) {
        auto k = alphabet.find(ch);
        if (k == std::string_view::npos) return false;
        out = out * 64 + k;
    }
    return true;
}

std::string read_all(const std::string& path, bool& found) {
    gzFile f = gzopen(path.c_str(), "rb");  // reads plain files as they are
    found = f != nullptr;
    if (!f) return {};
    std::string out;
    char buf[65536];
    for (int n; (n = gzread(f, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
    gzclose(f);
    return out;
}

bool one_word(std::string_view w) {
    return !w.empty() && w.find_first_of(" ()[]/\"") == std::string_view::npos;
}

std::string trim(std::string_view s) {
    std::size_t a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r.");
    return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}

void add_entry(std::string_view entry, Dictionary& d) {
    std::size_t eol = entry.find('\n');
    if (eol == std::string_view::npos) return;
    std::string head = trim(entry.substr(0, entry.find(" /") < eol ? entry.find(" /") : eol));
    if (!one_word(head)) return;
    std::istringstream lines{std::string(entry.substr(eol + 1))};
    for (std::string line; std::getline(lines, line);) {
        std::string_view l = line;
        // "1. at, to, toward": a sense's number
        std::size_t dot = l.find(". ");
        if (dot != std::string_view::npos && dot <= 3 && l.substr(0, dot).find_first_not_of("0123456789 ") == std::string_view::npos)
            l.remove_prefix(dot + 2);
        for (std::size_t start = 0; start <= l.size();) {
            std::size_t comma = l.find_first_of(",;", start);
            if (comma == std::string_view::npos) comma = l.size();
            std::string w = trim(l.substr(start, comma - start));
            if (one_word(w)) d.pairs.emplace_back(fold(head), fold(w));
            start = comma + 1;
        }
    }
}

}  // namespace

Dictionary read_dictionary(const std::string& index_path) {
    std::ifstream in(index_path, std::ios::binary);
    if (!in) throw Error(index_path, "cannot read the dictionary (missing or unreadable)");
    Dictionary d;
    d.path = index_path;
    std::string name = index_path.substr(index_path.find_last_of('/') == std::string::npos ? 0 : index_path.find_last_of('/') + 1);
    // "freedict-spa-eng.index"
    if (name.size() < 7 || name.compare(name.size() - 6, 6, ".index") != 0)
        throw Error(index_path, "not a dictd dictionary: give its .index file (e.g. /usr/share/dictd/freedict-spa-eng.index)");
    std::string stem = name.substr(0, name.size() - 6);
    if (stem.size() >= 7 && stem[stem.size() - 4] == '-' && stem[stem.size() - 8] == '-') {
        d.from = two_letter(stem.substr(stem.size() - 7, 3));
        d.to = two_letter(stem.substr(stem.size() - 3));
    }
    if (d.from.empty() || d.to.empty() || d.from == d.to)
        throw Error(index_path, "cannot tell the dictionary's languages from its name (expected freedict-XXX-YYY.index, e.g. spa-eng)");
    std::string base = index_path.substr(0, index_path.size() - 6);
    bool found = false;
    std::string data = read_all(base + ".dict.dz", found);
    if (!found) data = read_all(base + ".dict", found);
    if (!found) throw Error(index_path, "the dictionary's entries are missing (no " + base + ".dict.dz or .dict beside it)");
    std::size_t lines = 0, bad = 0;
    for (std::string line; std::getline(in, line);) {
        ++lines;
        std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
        std::uint64_t off = 0, len = 0;
        if (t2 == std::string::npos || !b64(std::string_view(line).substr(t1 + 1, t2 - t1 - 1), off) ||
            !b64(std::string_view(line).substr(t2 + 1), len) || off + len > data.size()) {
            ++bad;
            continue;
        }
        if (line.compare(0, 2, "00") == 0) continue;  // the database's own header entries
        add_entry(std::string_view(data).substr(off, len), d);
    }
    if (lines == 0 || bad * 2 > lines) throw Error(index_path, "not a dictd index (lines are not headword, offset, length)");
    return d;
}

}  // namespace parallax
