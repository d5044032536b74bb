// display: bytes from outside (file names, set ids) as they may be shown in
// a message, a report or JSON — valid UTF-8 with nothing a terminal acts on.
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// Control characters shown as escapes (\n, \r, \t, \x1b; C1 controls as
// \u{9b}), bytes that are not UTF-8 as \xNN; all else unchanged. Like git
// and ripgrep, so an escape sequence or a newline in a file name cannot
// colour the terminal or forge a FILE:LINE: line. Idempotent on its output.
std::string display(std::string_view bytes);

// A count with its noun in the right number: counted(1, "row", "rows") is
// "1 row", counted(0, ...) "0 rows". Every count a message shows goes
// through it.
std::string counted(std::size_t n, std::string_view one, std::string_view many);

}  // namespace parallax
