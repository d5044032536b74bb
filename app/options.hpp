// The command line, parsed once into plain structs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parallax/report/render.hpp"

namespace parallax::app {

using report::Format;
enum class Color { auto_, always, never };

struct CompareArgs {
    std::vector<std::string> files;
    Format format = Format::text;
    std::string output;  // "" = stdout
    std::string base;
    Color color = Color::auto_;
    int width = -1;           // --width: text side-by-side columns; -1 = terminal width on a TTY, else row layout
    bool list = false;        // --list: text as FILE:LINE:COL: lines
    std::string lang = "und";  // --lang: TMX language code(s), one or one per file
};

struct Parsed {
    enum class Command { compare, help, version } command = Command::help;
    CompareArgs compare;
    std::string help_text;
};

// Throws std::runtime_error with a message for the user on bad usage.
Parsed parse(int argc, const char* const* argv);

}  // namespace parallax::app
