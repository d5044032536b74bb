#pragma once

#include <string>
#include <string_view>

namespace parallax::report {

// Text as HTML character data or a quoted attribute value: & < > " ' escaped.
std::string html_escape(std::string_view s);

}  // namespace parallax::report

namespace parallax::report {

// Text as XML 1.0 character data or attribute value: & < > " ' escaped, and
// the C0 controls XML cannot carry at all (all but tab, LF, CR) replaced by
// U+FFFD; CR is written as &#13; so it survives line-end normalization.
std::string xml_escape(std::string_view s);

}  // namespace parallax::report
