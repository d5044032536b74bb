// What every HTML page parallax writes (the report, the batch index) shares:
// a strict Content-Security-Policy that lets only the page's own style and
// script apply — named by the SHA-256 of their bytes — so that markup which
// slipped through escaping would still fetch, style and run nothing.
#pragma once

#include <string>
#include <string_view>

namespace parallax::report {

// <meta http-equiv="Content-Security-Policy" ...> for a page whose only
// <style> holds `css` and whose only <script> holds `js`, byte for byte.
std::string csp_meta(std::string_view css, std::string_view js);

}  // namespace parallax::report
