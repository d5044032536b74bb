// `parallax facts FILE`: the facts found in one file.
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"
#include "parallax/read.hpp"
#include "parallax/report/facts.hpp"
#include "parallax/segment.hpp"

namespace parallax::app {

int run_facts(const FactsArgs& a) {
    Document doc = read_input(a.file);
    segment(doc);
    normalize(doc);
    RenderingFacts facts = facts_of(doc, false);
    if (a.json) report::write_facts_json(doc, facts, std::cout);
    else report::write_facts_text(doc, facts, std::cout);
    finish_stdout();
    return agree;
}

}  // namespace parallax::app
