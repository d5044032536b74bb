#include "parallax/report/tmx.hpp"

#include <cmath>
#include <cstdio>

#include "escape.hpp"

namespace parallax::report {

namespace {

std::string trim(const std::string& s) {
    auto a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

const std::string& lang_of(const Comparison& c, const TmxOptions& opt, std::size_t rendering) {
    static const std::string und = "und";
    if (opt.langs.size() == 1 && !opt.langs[0].empty()) return opt.langs[0];
    if (rendering < opt.langs.size() && !opt.langs[rendering].empty()) return opt.langs[rendering];
    if (rendering >= c.renderings.size() || c.renderings[rendering].doc.language.empty()) return und;
    return c.renderings[rendering].doc.language;
}

// A cell's paragraphs joined by a space; "" when it has none.
std::string seg(const Comparison& c, std::size_t y, const std::vector<int>& ids) {
    const Document& doc = c.renderings[y].doc;
    std::string out;
    for (int id : ids) {
        if (id < 0 || static_cast<std::size_t>(id) >= doc.paragraphs.size()) continue;
        Span s = doc.paragraphs[static_cast<std::size_t>(id)].span;
        if (s.end > doc.text.size() || s.start > s.end) continue;
        if (!out.empty()) out += ' ';
        out += doc.text.substr(s.start, s.size());
    }
    return out;
}

void tuv(std::ostream& out, const std::string& lang, const std::string& name, const std::string& text) {
    out << "      <tuv xml:lang=\"" << xml_escape(lang) << "\"><prop type=\"x-rendering\">" << xml_escape(name) << "</prop><seg>"
        << xml_escape(text) << "</seg></tuv>\n";
}

}  // namespace

std::vector<std::string> split_langs(const std::string& s) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (true) {
        auto comma = s.find(',', from);
        out.push_back(trim(s.substr(from, comma == std::string::npos ? std::string::npos : comma - from)));
        if (comma == std::string::npos) break;
        from = comma + 1;
    }
    if (out.size() == 1 && out[0].empty()) out[0] = "und";
    return out;
}

void write_tmx(const Comparison& c, std::ostream& out, const TmxOptions& opt) {
    bool base_ok = c.base >= 0 && static_cast<std::size_t>(c.base) < c.renderings.size();
    auto base = static_cast<std::size_t>(base_ok ? c.base : 0);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        << "  <header creationtool=\"parallax\" creationtoolversion=\"" << PARALLAX_VERSION
        << "\" segtype=\"paragraph\" o-tmf=\"parallax\" adminlang=\"en\" srclang=\"" << xml_escape(lang_of(c, opt, base))
        << "\" datatype=\"plaintext\"/>\n  <body>\n";
    for (std::size_t r = 0; base_ok && r < c.rows.size(); ++r) {
        const Row& row = c.rows[r];
        if (base >= row.cells.size()) continue;
        std::string src = seg(c, base, row.cells[base]);
        if (src.empty()) continue;
        for (std::size_t y = 0; y < c.renderings.size() && y < row.cells.size(); ++y) {
            if (y == base || c.renderings[y].status != Status::aligned) continue;
            std::string tgt = seg(c, y, row.cells[y]);
            if (tgt.empty()) continue;
            char sim[16];
            std::snprintf(sim, sizeof sim, "%.3f", row.similarity);
            out << "    <tu tuid=\"row-" << r << "-" << y << "\">\n      <prop type=\"x-row\">" << r << "</prop>\n      <prop type=\"x-similarity\">"
                << sim << "</prop>\n";
            tuv(out, lang_of(c, opt, base), c.renderings[base].doc.name, src);
            tuv(out, lang_of(c, opt, y), c.renderings[y].doc.name, tgt);
            out << "    </tu>\n";
        }
    }
    out << "  </body>\n</tmx>\n";
}

}  // namespace parallax::report
