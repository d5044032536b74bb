// `parallax compare`: its options, parsed and checked into CompareArgs.
#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>

#include "options.hpp"

namespace parallax::app {

namespace po = boost::program_options;

namespace {

const char* compare_usage =
    "usage: parallax compare A B [C ...] [options]\n"
    "\n"
    "Compares renderings of one article paragraph by paragraph and reports where they\n"
    "differ in names, figures, titles, quotes and wording.\n"
    "\n"
    "Examples:\n"
    "  parallax compare official.txt machine.txt                 text report on stdout\n"
    "  parallax compare a.txt b.txt c.txt --format html -o r.html side-by-side page\n"
    "  parallax compare a.txt b.txt --format json | jq .discrepancies\n"
    "  parallax compare a.txt b.txt --list                       FILE:LINE:COL: lines for editors\n"
    "  parallax compare zh.txt en.txt --format tmx --lang zh,en  translation memory\n"
    "  curl -s URL | parallax compare official.txt -              a saved page from standard input\n"
    "\n"
    "Files are UTF-8 or UTF-16 text, HTML pages (.html, .htm), PDF or DOCX; '-' is\n"
    "standard input.\n"
    "\n"
    "Exit status: 0 renderings agree, 1 discrepancies found (or part of the input\n"
    "not compared: the report's notes say what), 2 trouble.\n";

Color color_of(const std::string& s) {
    if (s == "auto") return Color::auto_;
    if (s == "always") return Color::always;
    if (s == "never") return Color::never;
    throw UsageError("unknown --color '" + s + "' (expected auto, always or never)");
}

}  // namespace

Mode parse_compare(int argc, const char* const* argv) {
    CompareArgs a;
    std::string format = "text", color = "auto", width, lang, jobs;
    std::string jobs_help = "threads, 1 to " + std::to_string(max_jobs) + " (default: the number of cores); any number gives the same report";
    po::options_description opts("Options");
    opts.add_options()
        ("help,h", "show this help")
        ("format,f", po::value(&format), "text (default), json, html, csv or tmx")
        ("output,o", po::value(&a.output), "write the report to FILE instead of stdout (never over an input)")
        ("base", po::value(&a.base), "the rendering the others are compared with: a path or a label (default: the most complete)")
        ("color", po::value(&color), "auto (default: only on a terminal, and not when NO_COLOR is set or TERM=dumb), always or never")
        ("no-pager", "text on a terminal: write it straight to the terminal, not through $PAGER (default: less -FRX)")
        ("width", po::value(&width), "text: side by side in N columns, 20 to 1000 (default: the terminal's width on a terminal, else one row after another)")
        ("list", "text: one discrepancy per line, FILE:LINE:COL: severity: kind: message")
        ("lang", po::value(&lang), "the files' languages, in place of the detected ones (zh, ru, kk, en, ...; und: undetermined): a code for all files, or a comma-separated list, one per file")
        ("jobs,j", po::value(&jobs), jobs_help.c_str())
        ("dictionary", po::value(&a.dictionaries)->composing(), "a bilingual dictionary's dictd .index file (FreeDict, Debian dict-freedict-*, e.g. /usr/share/dictd/freedict-spa-eng.index): its word pairs help align renderings in its two languages; may be given more than once");
    po::options_description all;
    all.add(opts).add_options()("files", po::value<std::vector<std::string>>(&a.files)->composing(), "");
    po::positional_options_description pos;
    pos.add("files", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(std::string(e.what()) + " (try 'parallax compare --help')");
    }
    if (vm.count("help")) {
        std::ostringstream help;
        help << compare_usage << '\n' << opts;
        return Help{help.str()};
    }
    if (a.files.size() < 2) throw UsageError("compare needs at least two files (try 'parallax compare --help')");
    if (std::count(a.files.begin(), a.files.end(), "-") > 1)
        throw UsageError("'-' (standard input) is given more than once: only one rendering can be read from standard input");
    auto f = report::parse_format(format);
    if (!f) throw UsageError("unknown format '" + format + "' (expected text, json, html, csv or tmx)");
    a.format = *f;
    a.color = color_of(color);
    a.list = vm.count("list") > 0;
    if (vm.count("jobs")) a.jobs = static_cast<unsigned>(parse_number("-j", jobs, 1, max_jobs));
    a.pager = vm.count("no-pager") == 0;
    bool text = a.format == report::Format::text;
    if (a.list && !text) throw UsageError("--list is a way of writing the text report; it cannot be used with --format " + format);
    if (vm.count("width")) {
        if (!text) throw UsageError("--width sets the text report's columns; it cannot be used with --format " + format);
        if (a.list) throw UsageError("--width and --list cannot be combined: --list writes one line per discrepancy");
        a.width = static_cast<int>(parse_number("--width", width, min_width, max_width));
    }
    if (vm.count("lang")) {
        a.langs = report::split_langs(lang);
        if (a.langs.size() != 1 && a.langs.size() != a.files.size())
            throw UsageError("--lang gives " + std::to_string(a.langs.size()) + " languages for " + std::to_string(a.files.size()) +
                             " files (give one for all, or one per file)");
    }
    return a;
}

}  // namespace parallax::app
