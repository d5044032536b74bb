// `parallax facts`: its options, parsed and checked into FactsArgs.
#include <boost/program_options.hpp>
#include <sstream>

#include "options.hpp"

namespace parallax::app {

namespace po = boost::program_options;

Mode parse_facts(int argc, const char* const* argv) {
    FactsArgs a;
    std::string format = "text";
    std::vector<std::string> files;
    po::options_description opts("Options");
    opts.add_options()("help,h", "show this help")("format,f", po::value(&format), "text (default) or json");
    po::options_description all;
    all.add(opts).add_options()("file", po::value<std::vector<std::string>>(&files)->composing(), "");
    po::positional_options_description pos;
    pos.add("file", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(std::string(e.what()) + " (try 'parallax facts --help')");
    }
    if (vm.count("help")) {
        std::ostringstream help;
        help << "usage: parallax facts FILE [--format text|json]\n\n"
                "Lists the figures (with their parsed value, unit and qualifier), names, titles\n"
                "and quotations found in FILE, one per line as FILE:LINE:COL: ...\n\n"
             << opts;
        return Help{help.str()};
    }
    if (files.empty()) throw UsageError("facts needs a file");
    if (files.size() > 1) throw UsageError("facts reads one file, not " + std::to_string(files.size()));
    if (format != "text" && format != "json") throw UsageError("unknown format '" + format + "' (expected text or json)");
    a.file = files[0];
    a.json = format == "json";
    return a;
}

}  // namespace parallax::app
