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

// The sentences of a cell, in reading order (as align's cell_sentences).
std::vector<const Sentence*> sentences_of(const Document& doc, const std::vector<int>& ids) {
    std::vector<const Sentence*> out;
    for (int id : ids)
        if (id >= 0 && static_cast<std::size_t>(id) < doc.paragraphs.size())
            for (const auto& s : doc.paragraphs[static_cast<std::size_t>(id)].sentences) out.push_back(&s);
    return out;
}

std::string joined(const Document& doc, const std::vector<const Sentence*>& ss, const std::vector<std::size_t>& which) {
    std::string out;
    for (std::size_t k : which) {
        if (k >= ss.size() || ss[k]->span.end > doc.text.size()) continue;
        if (!out.empty()) out += ' ';
        out += doc.text.substr(ss[k]->span.start, ss[k]->span.size());
    }
    return out;
}

struct Unit {
    std::size_t row, rendering, index;
    std::string source, target;
    double similarity;
};

// A row's pair of cells as translation units: one per linked sentence pair
// (the engine's sentence links; cells of the same words pair their
// sentences in order); a cell pair with no sentence to pair is one unit.
void units_of(const Comparison& c, std::size_t r, std::size_t base, std::size_t y, std::vector<Unit>& out) {
    const Row& row = c.rows[r];
    const Document& bd = c.renderings[base].doc;
    const Document& yd = c.renderings[y].doc;
    auto sb = sentences_of(bd, row.cells[base]), sy = sentences_of(yd, row.cells[y]);
    const std::vector<SentenceLink>* links = nullptr;
    for (std::size_t k = 0; k < c.diffs.size() && k < c.sentence_links.size(); ++k)
        if (c.diffs[k].row == static_cast<int>(r) && c.diffs[k].left == static_cast<int>(base) && c.diffs[k].rendering == static_cast<int>(y))
            links = &c.sentence_links[k];
    std::size_t before = out.size();
    if (links && !links->empty()) {
        for (const auto& l : *links)
            if (!l.base.empty() && !l.other.empty())
                out.push_back({r, y, out.size() - before, joined(bd, sb, l.base), joined(yd, sy, l.other), l.sim});
    } else if (!sb.empty() && sb.size() == sy.size()) {
        for (std::size_t k = 0; k < sb.size(); ++k) out.push_back({r, y, k, joined(bd, sb, {k}), joined(yd, sy, {k}), row.similarity});
    }
    if (out.size() > before) return;
    std::string src = seg(c, base, row.cells[base]), tgt = seg(c, y, row.cells[y]);
    if (!src.empty() && !tgt.empty()) out.push_back({r, y, 0, std::move(src), std::move(tgt), row.similarity});
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
    std::vector<Unit> units;
    for (std::size_t r = 0; base_ok && r < c.rows.size(); ++r) {
        const Row& row = c.rows[r];
        if (base >= row.cells.size() || row.cells[base].empty()) continue;
        for (std::size_t y = 0; y < c.renderings.size() && y < row.cells.size(); ++y)
            if (y != base && c.renderings[y].status == Status::aligned && !row.cells[y].empty()) units_of(c, r, base, y, units);
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        << "  <header creationtool=\"parallax\" creationtoolversion=\"" << PARALLAX_VERSION
        << "\" segtype=\"sentence\" o-tmf=\"parallax\" adminlang=\"en\" srclang=\"" << xml_escape(lang_of(c, opt, base))
        << "\" datatype=\"plaintext\"/>\n  <body>\n";
    for (const Unit& u : units) {
        char sim[16];
        std::snprintf(sim, sizeof sim, "%.3f", u.similarity);
        out << "    <tu tuid=\"row-" << u.row << "-" << u.rendering << "-" << u.index << "\">\n      <prop type=\"x-row\">" << u.row
            << "</prop>\n      <prop type=\"x-similarity\">" << sim << "</prop>\n";
        tuv(out, lang_of(c, opt, base), c.renderings[base].doc.name, u.source);
        tuv(out, lang_of(c, opt, u.rendering), c.renderings[u.rendering].doc.name, u.target);
        out << "    </tu>\n";
    }
    out << "  </body>\n</tmx>\n";
}

}  // namespace parallax::report
