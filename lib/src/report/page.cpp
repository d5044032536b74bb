#include "page.hpp"

#include "../sha256.hpp"

namespace parallax::report {

std::string csp_meta(std::string_view css, std::string_view js) {
    return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-" + sha256_base64(css) +
           "'; script-src 'sha256-" + sha256_base64(js) + "'; base-uri 'none'; form-action 'none'\">";
}

}  // namespace parallax::report
