// The command line, parsed once into one value per command (ripgrep's Mode):
// every check of option combinations happens here, so the commands run
// plain values and never look at argv.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "parallax/batch.hpp"
#include "parallax/report/render.hpp"

namespace parallax::app {

// Bad usage: a message for the user, exit status 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class Color { auto_, always, never };

// Bounds of --width (columns of the side-by-side text view). Below the
// minimum a column cannot hold a word; above the maximum no terminal is
// that wide and the padding alone would be gigabytes for a large input.
inline constexpr int min_width = 20;
inline constexpr int max_width = 1000;
// Bounds of -j: more threads than this is a typo, not a machine.
inline constexpr unsigned max_jobs = 1024;

struct CompareArgs {
    std::vector<std::string> files;
    report::Format format = report::Format::text;
    std::string output;  // "" or "-" = stdout
    std::string base;
    Color color = Color::auto_;
    std::optional<int> width;         // text side by side; unset = the terminal's width on a TTY, else row layout
    bool list = false;                // text: FILE:LINE:COL: lines
    unsigned jobs = 0;                // threads; 0 = one per core
    bool pager = true;                // text on a terminal: through $PAGER (--no-pager)
    std::vector<std::string> langs;  // tmx: one for all files or one per file; empty = "und"
    std::vector<std::string> dictionaries;  // dictd .index files
};

struct FactsArgs {
    std::string file;
    bool json = false;
};

struct BatchArgs {
    std::string input;  // "" with --jsonl
    bool jsonl = false;
    bool quiet = false;
    batch::Options options;
    int differ_exit = 1;      // --differ-exit
    std::string shard_from;   // --shard auto: where the shard was read from
};

struct BatchIndexArgs {
    std::string out_dir;
    bool partial = false;
    int differ_exit = 1;
};

struct Help {
    std::string text;
};
struct Version {};

using Mode = std::variant<CompareArgs, FactsArgs, BatchArgs, BatchIndexArgs, Help, Version>;

// Throws UsageError.
Mode parse(int argc, const char* const* argv);

// Each command's own parser; argv[0] is the command word.
Mode parse_compare(int argc, const char* const* argv);
Mode parse_facts(int argc, const char* const* argv);
Mode parse_batch(int argc, const char* const* argv);
Mode parse_batch_index(int argc, const char* const* argv);

// A whole number in [lo, hi], or UsageError naming `option`.
long parse_number(const std::string& option, const std::string& text, long lo, long hi);

}  // namespace parallax::app
