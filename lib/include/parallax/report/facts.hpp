// report: the listing of `parallax facts FILE` — every figure (with its
// parsed value), name, title and quotation found in one file.
#pragma once

#include <ostream>

#include "parallax/facts.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

void write_facts_text(const Document& doc, const RenderingFacts& facts, std::ostream& out);
void write_facts_json(const Document& doc, const RenderingFacts& facts, std::ostream& out);

}  // namespace parallax::report
