#include "options.hpp"

#include <charconv>
#include <string_view>

namespace parallax::app {

namespace {

const char* usage =
    "usage: parallax compare A B [C ...] [--format text|json|html|csv|tmx] [-o FILE] [--base FILE]\n"
    "       parallax facts FILE [--format text|json]\n"
    "       parallax batch INPUT -o OUTDIR [-j N] [--format html,json] ...\n"
    "       parallax batch-index OUTDIR\n"
    "       parallax --help | --version\n"
    "\n"
    "Compares renderings of one article (translations, summaries, reprints) paragraph\n"
    "by paragraph and reports where they differ in names, figures, titles, quotes and\n"
    "wording. 'parallax COMMAND --help' lists a command's options.\n"
    "\n"
    "Examples:\n"
    "  parallax compare official.txt machine.txt                 text report on stdout\n"
    "  parallax compare a.txt b.txt c.txt --format html -o r.html side-by-side page\n"
    "  parallax facts article.txt                                figures, names, quotes\n"
    "  parallax batch today/ -o reports/                         many sets, with an index\n"
    "\n"
    "Exit status: 0 renderings agree, 1 discrepancies found (or part of the input\n"
    "not compared), 2 trouble; batch also 3: some sets failed, the others completed.\n";

}  // namespace

long parse_number(const std::string& option, const std::string& text, long lo, long hi) {
    long v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc{} || p != text.data() + text.size() || v < lo || v > hi)
        throw UsageError(option + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                         ", not '" + text + "'");
    return v;
}

Mode parse(int argc, const char* const* argv) {
    if (argc < 2) throw UsageError("no command given (try 'parallax --help')");
    std::string_view word = argv[1];
    if (word == "--help" || word == "-h" || word == "help") return Help{usage};
    if (word == "--version") return Version{};
    if (word == "compare") return parse_compare(argc - 1, argv + 1);
    if (word == "facts") return parse_facts(argc - 1, argv + 1);
    if (word == "batch") return parse_batch(argc - 1, argv + 1);
    if (word == "batch-index") return parse_batch_index(argc - 1, argv + 1);
    throw UsageError("unknown command '" + std::string(word) + "' (try 'parallax --help')");
}

}  // namespace parallax::app
