// The commands, each run from its parsed value; each returns the exit status
// and throws parallax::Error (or std::exception) for main to report.
#pragma once

#include <string>

#include "options.hpp"
#include "parallax/model.hpp"

namespace parallax::app {

int run_compare(const CompareArgs& a);
int run_facts(const FactsArgs& a);
int run_batch(const BatchArgs& a);
int run_batch_index(const BatchIndexArgs& a);

// Flushes stdout; throws parallax::Error ("standard output") if any write to
// it failed, e.g. on a full disk or /dev/full, so no command exits 0 or 1
// with its output lost.
void finish_stdout();

// Reads a file named on the command line; "-" is standard input.
Document read_input(const std::string& path);

}  // namespace parallax::app
