// Text made safe for a terminal. Article text and file names may hold escape
// sequences (ESC [ 31 m, OSC 8 hyperlinks, a BEL, a lone CR that lets later
// text overwrite a line): printed raw, they recolour, retitle or rewrite what
// the reader sees, and a newline forges lines of a FILE:LINE:COL listing.
#pragma once

#include <string>
#include <string_view>

#include "parallax/model.hpp"

namespace parallax::report {

enum class Newlines {
    escape,  // one output line per input: '\n' shown as the two characters \n
    keep,    // line structure kept: '\n' and a CRLF's CR pass through
};

// Every control character shown visibly, the rest unchanged: \t \n \r by
// name, other C0 controls and DEL as \x1b, \x7f; C1 controls (U+0080 to
// U+009F) as \u009b; a byte that is not part of valid UTF-8 as \xff (one of
// them could be read as a C1 control by an 8-bit terminal). Backslashes are
// left alone: the output is for reading, not for parsing back.
std::string terminal_safe(std::string_view s, Newlines nl = Newlines::escape);

// The ANSI colour (SGR sequence) of a severity, shared by the text report and
// the list so that both colour a severity alike.
const char* severity_sgr(Severity s);

}  // namespace parallax::report
