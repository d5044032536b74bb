#pragma once

#include <string>
#include <string_view>

namespace parallax::report {

// Text as HTML character data or a quoted attribute value: & < > " ' escaped.
std::string html_escape(std::string_view s);

}  // namespace parallax::report
