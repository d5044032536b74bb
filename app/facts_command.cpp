#include "facts_command.hpp"

#include <boost/program_options.hpp>
#include <cstring>
#include <iostream>

#include "exit_codes.hpp"
#include "parallax/facts.hpp"
#include "parallax/error.hpp"
#include "parallax/normalize.hpp"
#include "parallax/read.hpp"
#include "parallax/report/facts.hpp"
#include "parallax/segment.hpp"

namespace parallax::app {

namespace po = boost::program_options;

bool is_facts_command(const char* word) { return std::strcmp(word, "facts") == 0; }

int facts_main(int argc, char** argv) {
    std::string format = "text", file;
    po::options_description opts("Options");
    opts.add_options()("help,h", "show this help")("format,f", po::value(&format), "text (default) or json");
    po::options_description all;
    all.add(opts).add_options()("file", po::value(&file), "");
    po::positional_options_description pos;
    pos.add("file", 1);
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(argc - 1, argv + 1).options(all).positional(pos).run(), vm);
        po::notify(vm);
        if (vm.count("help")) {
            std::cout << "usage: parallax facts FILE [--format text|json]\n\n"
                         "Lists the figures (with their parsed value, unit and qualifier), names, titles\n"
                         "and quotations found in FILE, one per line as FILE:LINE:COL: ...\n\n"
                      << opts;
            return agree;
        }
        if (file.empty()) throw std::runtime_error("facts needs a file");
        if (format != "text" && format != "json") throw std::runtime_error("unknown format '" + format + "' (expected text or json)");
        Document doc = read_file(file);
        segment(doc);
        normalize(doc);
        RenderingFacts facts = facts_of(doc, false);
        if (format == "json") report::write_facts_json(doc, facts, std::cout);
        else report::write_facts_text(doc, facts, std::cout);
        return agree;
    } catch (const std::exception& e) {
        std::cerr << "parallax: " << e.what() << '\n';
        return trouble;
    }
}

}  // namespace parallax::app
