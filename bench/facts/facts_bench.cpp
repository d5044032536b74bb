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

#include "pairs.hpp"

namespace {

using namespace facts_pairs;

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
    bool verbose = false, tsv = false, failing = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (s == "--verbose" || s == "-v") verbose = true;
        else if (s == "--tsv") tsv = true;
        else if (s == "--failing") failing = true;
        else if (s == "-h" || s == "--help") {
            std::cout << "usage: facts_bench [--verbose] [--tsv] [--failing] FIGURES.tsv NAMES.tsv\n"
                         "  --failing: the failing pairs as known_failures.tsv lines (a, b, category: outcome)\n";
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
            Judged j = judge_figure(p);
            Tally& t = j.group == "figures, same value" ? fig_same : j.group == "figures, value changed" ? fig_diff : fig_qual;
            t.n++, t.pass += j.pass;
            hist[j.group][j.got]++;
            std::string cat = "figures " + std::string(p.same ? "same" : "different") + " / " + p.category;
            by_cat[cat].n++, by_cat[cat].pass += j.pass;
            if (!j.pass) fails.push_back({cat, p.a, p.b, j.got, p.source, p.line});
            if (tsv) rows.push_back("figures\t" + std::to_string(p.line) + "\t" + p.category + "\t" + (p.same ? "same" : "different") + "\t" + (j.pass ? "pass" : "FAIL") + "\t" + j.got);
        }
        for (const Pair& p : names) {
            Judged j = judge_name(p);
            std::string expect = p.related ? "related" : p.same ? "same" : "different";
            Tally& t = p.related ? name_related : p.same ? name_same : name_diff;
            t.n++, t.pass += j.pass;
            hist[j.group][j.got]++;
            std::string cat = "names " + expect + " / " + p.category;
            by_cat[cat].n++, by_cat[cat].pass += j.pass;
            if (!j.pass) fails.push_back({cat, p.a, p.b, j.got, p.source, p.line});
            if (tsv) rows.push_back("names\t" + std::to_string(p.line) + "\t" + p.category + "\t" + expect + "\t" + (j.pass ? "pass" : "FAIL") + "\t" + j.got);
        }

        if (failing) {
            std::cout << "# Pairs of figures.tsv and names.tsv that fail today, each with its category and\n"
                         "# outcome: the [facts] pair tests expect exactly these to fail. Regenerate with\n"
                         "# bench/facts/run.sh --failing > bench/facts/known_failures.tsv and review the diff.\n";
            for (auto& f : fails) std::cout << f.a << "\t" << f.b << "\t" << f.category << ": " << f.got << "\n";
            return 0;
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
