// The pairs of bench/facts (figures.tsv, names.tsv) and how one pair is run
// and judged: shared by the facts_bench measurement and the [facts] pair
// tests, so both read the same data the same way.
#pragma once

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "parallax/engine.hpp"
#include "parallax/model.hpp"
#include "parallax/read.hpp"

namespace facts_pairs {

struct Pair {
    std::string a, b;
    bool same = true;
    bool related = false;  // neither same nor different (names only)
    std::string source, category, frame;
    int line = 0;
};

inline const char* const figure_frame = "According to the final report, the figure was {} in the period under review, officials of the council said.";
inline const char* const name_frame = "Officials said that the talks with {} had been open and constructive, and that both sides would meet again.";

// Filler around the sentence that carries the phrase: long enough for the
// paragraphs to align, with no figure, date or proper name in it.
inline const char* const before1 = "The regional council met to review the annual budget and the progress of several public works in the valley.";
inline const char* const before2 = "Members heard that the new bridge across the river had been finished ahead of schedule and that the roads leading to it were being widened.";
inline const char* const after1 = "The council will meet again to discuss schools, roads and the water supply in the northern districts, the statement added.";

inline std::vector<Pair> load(const std::string& path, const char* default_frame) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read");
    std::vector<Pair> out;
    std::string line, category = "uncategorised", frame = default_frame;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (line.rfind("#@", 0) == 0) {
            std::string rest = line.substr(2);
            while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
            auto tab = rest.find('\t');
            category = rest.substr(0, tab);
            frame = tab == std::string::npos ? std::string(default_frame) : rest.substr(tab + 1);
            if (frame.find("{}") == std::string::npos) frame = default_frame;
            continue;
        }
        if (line[0] == '#') continue;
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t')) f.push_back(cell);
        if (f.size() < 4 || (f[2] != "same" && f[2] != "different" && f[2] != "related"))
            throw std::runtime_error(path + ":" + std::to_string(n) + ": expected a<TAB>b<TAB>same|different|related<TAB>source");
        out.push_back({f[0], f[1], f[2] == "same", f[2] == "related", f[3], category, frame, n});
    }
    return out;
}

struct Built {
    std::string text;
    parallax::Span phrase;
};

inline Built build(const std::string& frame, const std::string& phrase) {
    auto at = frame.find("{}");
    std::string sentence = frame.substr(0, at) + phrase + frame.substr(at + 2);
    Built b;
    b.text = std::string(before1) + "\n\n" + before2 + "\n\n";
    b.phrase.start = b.text.size() + at;
    b.phrase.end = b.phrase.start + phrase.size();
    b.text += sentence + "\n\n" + after1 + "\n";
    return b;
}

using parallax::overlaps;

struct Outcome {
    std::vector<const parallax::Discrepancy*> found;  // everything but low phrasing
    std::string label;                                // e.g. "figure_differs/high"
};

struct Run {
    parallax::Comparison c;
    Built a, b;
};

inline Run run(const Pair& p) {
    Run r;
    r.a = build(p.frame, p.a);
    r.b = build(p.frame, p.b);
    std::vector<parallax::Document> docs;
    docs.push_back(parallax::read_bytes("a.txt", r.a.text));
    docs.push_back(parallax::read_bytes("b.txt", r.b.text));
    parallax::EngineOptions opt;
    opt.locate.base = "a.txt";
    r.c = parallax::compare(std::move(docs), opt);
    return r;
}

inline std::string describe(const std::vector<const parallax::Discrepancy*>& found) {
    if (found.empty()) return "nothing";
    std::map<std::string, int> n;
    for (auto* d : found)
        n[std::string(parallax::to_string(d->finding)) + "/" + parallax::to_string(d->severity)]++;
    std::string s;
    for (auto& [k, v] : n) {
        if (!s.empty()) s += " + ";
        s += k;
        if (v > 1) s += " x" + std::to_string(v);
    }
    return s;
}

inline std::vector<const parallax::Discrepancy*> findings(const parallax::Comparison& c) {
    std::vector<const parallax::Discrepancy*> out;
    for (auto& d : c.discrepancies)
        if (!(d.kind == parallax::Kind::phrasing && d.severity == parallax::Severity::low)) out.push_back(&d);
    return out;
}

// The side of each span: the span lies on the pair's phrase of its rendering.
inline bool on_phrases(const Run& r, const parallax::Discrepancy& d) {
    bool a = false, b = false;
    for (auto& s : d.spans) {
        const Built& w = s.rendering == 0 ? r.a : r.b;
        if (!overlaps(s.span, w.phrase)) return false;
        (s.rendering == 0 ? a : b) = true;
    }
    return a && b;
}

// How one pair came out: passed or not, its group, and what was found.
struct Judged {
    bool pass = false;
    std::string group;  // "figures, same value", "names, different", ...
    std::string got;    // describe() of the findings
    Run run;
};

// A figure pair passes when a same value raises nothing, a changed value
// raises exactly one high figure_differs on the two phrases, and a changed
// qualifier class (category "qualifier...") raises only qualifier findings.
inline Judged judge_figure(const Pair& p) {
    Judged j;
    j.run = run(p);
    auto found = findings(j.run.c);
    j.got = describe(found);
    if (p.same) {
        j.group = "figures, same value";
        j.pass = found.empty();
    } else if (p.category.rfind("qualifier", 0) == 0) {
        j.group = "figures, qualifier class changed";
        j.pass = !found.empty() && std::all_of(found.begin(), found.end(), [](auto* d) { return d->kind == parallax::Kind::qualifier; });
    } else {
        j.group = "figures, value changed";
        bool one_high = found.size() == 1 && found[0]->finding == parallax::Finding::figure_differs &&
                        found[0]->severity == parallax::Severity::high;
        j.pass = one_high && on_phrases(j.run, *found[0]);
        if (one_high && !j.pass) j.got += " (wrong spans)";
    }
    return j;
}

// A name pair passes when the same person or place raises no high name or
// title finding, different ones raise a high one, and a country and its own
// demonym ("related") raise no medium or high one.
inline Judged judge_name(const Pair& p) {
    Judged j;
    j.run = run(p);
    auto found = findings(j.run.c);
    j.got = describe(found);
    auto named = [](const parallax::Discrepancy* d) { return d->kind == parallax::Kind::name || d->kind == parallax::Kind::title; };
    bool high = std::any_of(found.begin(), found.end(), [&](auto* d) { return named(d) && d->severity == parallax::Severity::high; });
    bool medium = std::any_of(found.begin(), found.end(), [&](auto* d) { return named(d) && d->severity != parallax::Severity::low; });
    if (p.related) {
        j.group = "names, related (country vs its demonym)";
        j.pass = !medium;
    } else if (p.same) {
        j.group = "names, same person or place";
        j.pass = !high;
    } else {
        j.group = "names, different";
        j.pass = high;
    }
    return j;
}

}  // namespace facts_pairs
