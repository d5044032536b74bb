#include "options.hpp"

#include <boost/program_options.hpp>
#include <sstream>
#include <stdexcept>

namespace parallax::app {

namespace po = boost::program_options;

namespace {

const char* usage =
    "usage: parallax compare A B [C ...] [--format text|json|html|csv|tmx] [-o FILE] [--base FILE]\n"
    "       parallax batch INPUT -o OUTDIR [-j N] [--format html,json] ...  (see parallax batch --help)\n"
    "       parallax batch-index OUTDIR\n"
    "       parallax facts FILE [--format text|json]   figures, names, titles and quotes in one file\n"
    "       parallax --help | --version\n"
    "\n"
    "Compares renderings of one article (translations, summaries, reprints) paragraph\n"
    "by paragraph and reports where they differ in names, figures, titles, quotes and\n"
    "wording.\n"
    "\n"
    "Examples:\n"
    "  parallax compare official.txt machine.txt                 text report on stdout\n"
    "  parallax compare a.txt b.txt c.txt --format html -o r.html side-by-side page\n"
    "  parallax compare a.txt b.txt --format json | jq .discrepancies\n"
    "  parallax compare a.txt b.txt --list                       FILE:LINE:COL: lines for editors\n"
    "  parallax compare zh.txt en.txt --format tmx --lang zh,en  translation memory\n"
    "\n"
    "Exit status: 0 renderings agree, 1 discrepancies found, 2 trouble.\n";

Format format_of(const std::string& s) {
    if (auto f = report::parse_format(s)) return *f;
    throw std::runtime_error("unknown format '" + s + "' (expected text, json, html, csv or tmx)");
}

Color color_of(const std::string& s) {
    if (s == "auto") return Color::auto_;
    if (s == "always") return Color::always;
    if (s == "never") return Color::never;
    throw std::runtime_error("unknown --color '" + s + "' (expected auto, always or never)");
}

}  // namespace

Parsed parse(int argc, const char* const* argv) {
    Parsed p;
    std::string format = "text", color = "auto";
    po::options_description opts("Options");
    opts.add_options()
        ("help,h", "show this help")
        ("version", "show the version")
        ("format,f", po::value(&format), "text (default), json, html, csv or tmx")
        ("output,o", po::value(&p.compare.output), "write the report to FILE instead of stdout")
        ("base", po::value(&p.compare.base), "the rendering the others are compared with (default: the most complete)")
        ("color", po::value(&color), "auto (default: only on a terminal), always or never")
        ("width", po::value(&p.compare.width), "text: side-by-side in N columns (default: the terminal's width on a terminal, else one row after another)")
        ("list", "text: one discrepancy per line, FILE:LINE:COL: severity: kind: message")
        ("lang", po::value(&p.compare.lang), "tmx: language code for all files, or a comma-separated list, one per file (default: und)");
    po::options_description hidden;
    hidden.add_options()("args", po::value<std::vector<std::string>>()->composing(), "");
    po::options_description all;
    all.add(opts).add(hidden);
    po::positional_options_description pos;
    pos.add("args", -1);
    std::ostringstream help;
    help << usage << '\n' << opts;
    p.help_text = help.str();

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw std::runtime_error(e.what());
    }
    if (vm.count("help")) return p;
    if (vm.count("version")) {
        p.command = Parsed::Command::version;
        return p;
    }
    auto args = vm.count("args") ? vm["args"].as<std::vector<std::string>>() : std::vector<std::string>{};
    if (args.empty()) throw std::runtime_error("no command given (try 'parallax --help')");
    if (args[0] != "compare") throw std::runtime_error("unknown command '" + args[0] + "' (try 'parallax --help')");
    p.command = Parsed::Command::compare;
    p.compare.files.assign(args.begin() + 1, args.end());
    if (p.compare.files.size() < 2) throw std::runtime_error("compare needs at least two files");
    p.compare.format = format_of(format);
    p.compare.color = color_of(color);
    p.compare.list = vm.count("list") > 0;
    return p;
}

}  // namespace parallax::app
