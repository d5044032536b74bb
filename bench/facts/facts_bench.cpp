// facts_bench: the issue-11 measurement. For each pair of phrases in
// bench/facts/figures.tsv and names.tsv, two renderings of one neutral
// paragraph set are built (the same frame, the pair's phrase in the same
// place), parallax::compare runs on them, and the outcome is classified.
// Prints the targets with today's rates; --verbose lists the failing pairs
// by category. Deterministic: the same files give the same output.
//
//   facts_bench [--verbose] [--tsv] FIGURES.tsv NAMES.tsv
//
// File format: one pair a line, `a<TAB>b<TAB>same|different|related<TAB>source`
// (`related`, names only: a country and its own demonym, one referent in
// another grammatical form; it passes when no medium or high name/title
// finding is raised, and is counted apart from the two name targets).
// `#` lines are comments, except `#@ category<TAB>frame` which starts a
// category; the frame holds `{}` where the phrase goes (default frames are
// used when it is empty). A category whose name starts with `qualifier`
// holds changes of qualifier class: a qualifier finding is expected there,
// not a high figure one.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "parallax/engine.hpp"
#include "parallax/model.hpp"
#include "parallax/read.hpp"

namespace {

struct Pair {
    std::string a, b;
    bool same = true;
    bool related = false;  // neither same nor different (names only)
    std::string source, category, frame;
    int line = 0;
};

const char* const figure_frame = "According to the final report, the figure was {} in the period under review, officials of the council said.";
const char* const name_frame = "Officials said that the talks with {} had been open and constructive, and that both sides would meet again.";

// Filler around the sentence that carries the phrase: long enough for the
// paragraphs to align, with no figure, date or proper name in it.
const char* const before1 = "The regional council met to review the annual budget and the progress of several public works in the valley.";
const char* const before2 = "Members heard that the new bridge across the river had been finished ahead of schedule and that the roads leading to it were being widened.";
const char* const after1 = "The council will meet again to discuss schools, roads and the water supply in the northern districts, the statement added.";

std::vector<Pair> load(const std::string& path, const char* default_frame) {
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

Built build(const std::string& frame, const std::string& phrase) {
    auto at = frame.find("{}");
    std::string sentence = frame.substr(0, at) + phrase + frame.substr(at + 2);
    Built b;
    b.text = std::string(before1) + "\n\n" + before2 + "\n\n";
    b.phrase.start = b.text.size() + at;
    b.phrase.end = b.phrase.start + phrase.size();
    b.text += sentence + "\n\n" + after1 + "\n";
    return b;
}

bool overlaps(parallax::Span s, parallax::Span t) { return s.start < t.end && t.start < s.end; }

struct Outcome {
    std::vector<const parallax::Discrepancy*> found;  // everything but low phrasing
    std::string label;                                // e.g. "figure_differs/high"
};

struct Run {
    parallax::Comparison c;
    Built a, b;
};

Run run(const Pair& p) {
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

std::string describe(const std::vector<const parallax::Discrepancy*>& found) {
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

std::vector<const parallax::Discrepancy*> findings(const parallax::Comparison& c) {
    std::vector<const parallax::Discrepancy*> out;
    for (auto& d : c.discrepancies)
        if (!(d.kind == parallax::Kind::phrasing && d.severity == parallax::Severity::low)) out.push_back(&d);
    return out;
}

// The side of each span: the span lies on the pair's phrase of its rendering.
bool on_phrases(const Run& r, const parallax::Discrepancy& d) {
    bool a = false, b = false;
    for (auto& s : d.spans) {
        const Built& w = s.rendering == 0 ? r.a : r.b;
        if (!overlaps(s.span, w.phrase)) return false;
        (s.rendering == 0 ? a : b) = true;
    }
    return a && b;
}

struct Tally {
    int n = 0, pass = 0;
};

std::string pct(const Tally& t) {
    if (t.n == 0) return "   n/a";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%5.1f%%", 100.0 * t.pass / t.n);
    return buf;
}

struct Failure {
    std::string category, a, b, got, source;
    int line;
};

}  // namespace

int main(int argc, char** argv) {
    bool verbose = false, tsv = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (s == "--verbose" || s == "-v") verbose = true;
        else if (s == "--tsv") tsv = true;
        else if (s == "-h" || s == "--help") {
            std::cout << "usage: facts_bench [--verbose] [--tsv] FIGURES.tsv NAMES.tsv\n";
            return 0;
        } else files.push_back(s);
    }
    if (files.size() != 2) {
        std::cerr << "usage: facts_bench [--verbose] [--tsv] FIGURES.tsv NAMES.tsv\n";
        return 2;
    }
    try {
        auto figures = load(files[0], figure_frame);
        auto names = load(files[1], name_frame);

        Tally fig_same, fig_diff, fig_qual, name_same, name_diff, name_related;
        // Outcome histograms per group, and per category pass rates.
        std::map<std::string, std::map<std::string, int>> hist;
        std::map<std::string, Tally> by_cat;
        std::vector<Failure> fails;
        std::vector<std::string> rows;  // --tsv: one line per pair

        for (const Pair& p : figures) {
            if (p.related) throw std::runtime_error(files[0] + ":" + std::to_string(p.line) + ": 'related' is for names only");
            Run r = run(p);
            auto found = findings(r.c);
            std::string got = describe(found);
            bool qual_cat = p.category.rfind("qualifier", 0) == 0;
            bool pass = false;
            std::string group;
            if (p.same) {
                group = "figures, same value";
                pass = found.empty();
                fig_same.n++, fig_same.pass += pass;
            } else if (qual_cat) {
                group = "figures, qualifier class changed";
                pass = !found.empty() && std::all_of(found.begin(), found.end(), [](auto* d) { return d->kind == parallax::Kind::qualifier; });
                fig_qual.n++, fig_qual.pass += pass;
            } else {
                group = "figures, value changed";
                pass = found.size() == 1 && found[0]->finding == parallax::Finding::figure_differs &&
                       found[0]->severity == parallax::Severity::high && on_phrases(r, *found[0]);
                if (found.size() == 1 && found[0]->finding == parallax::Finding::figure_differs &&
                    found[0]->severity == parallax::Severity::high && !pass)
                    got += " (wrong spans)";
                fig_diff.n++, fig_diff.pass += pass;
            }
            hist[group][got]++;
            auto& t = by_cat["figures " + std::string(p.same ? "same" : "different") + " / " + p.category];
            t.n++, t.pass += pass;
            if (!pass) fails.push_back({"figures " + std::string(p.same ? "same" : "different") + " / " + p.category, p.a, p.b, got, p.source, p.line});
            if (tsv) rows.push_back("figures\t" + std::to_string(p.line) + "\t" + p.category + "\t" + (p.same ? "same" : "different") + "\t" + (pass ? "pass" : "FAIL") + "\t" + got);
        }
        for (const Pair& p : names) {
            Run r = run(p);
            auto found = findings(r.c);
            std::string got = describe(found);
            bool high = std::any_of(found.begin(), found.end(), [](auto* d) {
                return (d->kind == parallax::Kind::name || d->kind == parallax::Kind::title) && d->severity == parallax::Severity::high;
            });
            bool medium = std::any_of(found.begin(), found.end(), [](auto* d) {
                return (d->kind == parallax::Kind::name || d->kind == parallax::Kind::title) &&
                       (d->severity == parallax::Severity::high || d->severity == parallax::Severity::medium);
            });
            bool pass;
            std::string group;
            std::string expect = p.related ? "related" : p.same ? "same" : "different";
            if (p.related) {
                group = "names, related (country vs its demonym)";
                pass = !medium;
                name_related.n++, name_related.pass += pass;
            } else if (p.same) {
                group = "names, same person or place";
                // Variant, fuller form, or nothing at all: anything but high.
                pass = !high;
                name_same.n++, name_same.pass += pass;
            } else {
                group = "names, different";
                pass = high;
                name_diff.n++, name_diff.pass += pass;
            }
            hist[group][got]++;
            auto& t = by_cat["names " + expect + " / " + p.category];
            t.n++, t.pass += pass;
            if (!pass) fails.push_back({"names " + expect + " / " + p.category, p.a, p.b, got, p.source, p.line});
            if (tsv) rows.push_back("names\t" + std::to_string(p.line) + "\t" + p.category + "\t" + expect + "\t" + (pass ? "pass" : "FAIL") + "\t" + got);
        }

        if (tsv) {
            std::cout << "file\tline\tcategory\texpect\tresult\toutcome\n";
            for (auto& s : rows) std::cout << s << "\n";
            return 0;
        }

        auto line = [](const char* what, const Tally& t, const char* target) {
            char buf[256];
            std::snprintf(buf, sizeof buf, "| %-62s | %4d/%-4d | %s | %-6s |", what, t.pass, t.n, pct(t).c_str(), target);
            std::cout << buf << "\n";
        };
        std::cout << "| target | pass/pairs | rate | goal |\n|---|---|---|---|\n";
        line("same-value figure pairs that raise nothing", fig_same, ">= 97%");
        line("changed values: exactly one high figure_differs on the spans", fig_diff, ">= 99%");
        line("same-person/place name pairs not high (variant/fuller/none)", name_same, ">= 90%");
        line("different-name pairs raised high", name_diff, ">= 90%");
        line("(info) qualifier class changed: a qualifier finding only", fig_qual, "-");
        line("(info) country vs its own demonym: no medium/high name finding", name_related, "-");

        std::cout << "\nOutcomes (findings other than low phrasing):\n";
        for (auto& [group, h] : hist) {
            std::cout << "  " << group << "\n";
            std::vector<std::pair<int, std::string>> v;
            for (auto& [k, n] : h) v.push_back({-n, k});
            std::sort(v.begin(), v.end());
            for (auto& [n, k] : v) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "    %4d  ", -n);
                std::cout << buf << k << "\n";
            }
        }
        std::cout << "\nBy category (pass/pairs):\n";
        for (auto& [cat, t] : by_cat) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "  %4d/%-4d %s  ", t.pass, t.n, pct(t).c_str());
            std::cout << buf << cat << "\n";
        }
        if (verbose) {
            std::stable_sort(fails.begin(), fails.end(), [](auto& x, auto& y) { return x.category < y.category; });
            std::cout << "\nFailing pairs:\n";
            std::string cur;
            for (auto& f : fails) {
                if (f.category != cur) std::cout << "  [" << (cur = f.category) << "]\n";
                std::cout << "    " << f.a << "  |  " << f.b << "  ->  " << f.got << "   (line " << f.line << ")\n";
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "facts_bench: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
