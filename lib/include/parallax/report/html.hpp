// report: the html renderer. Takes the finished Comparison and a stream;
// computes nothing the engine did not.
#pragma once

#include <ostream>

#include "parallax/compare.hpp"
#include "parallax/model.hpp"

namespace parallax::report {

// One self-contained page; every piece of input text is escaped.
void write_html(const Comparison& c, std::ostream& out, unsigned jobs = 1);  // rows formatted on `jobs` threads, same bytes

}  // namespace parallax::report
