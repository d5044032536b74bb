// The batch and batch-index commands: their own options, progress display,
// and exit status. main() hands them the whole command line.
#pragma once

#include <string_view>

namespace parallax::app {

// True for "batch" and "batch-index".
bool is_batch_command(std::string_view word);

// Runs `parallax batch ...` or `parallax batch-index ...`; returns the exit
// status. Throws parallax::Error or std::runtime_error (bad usage) for main
// to report.
int batch_main(int argc, const char* const* argv);

}  // namespace parallax::app
