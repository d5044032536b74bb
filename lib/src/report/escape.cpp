#include "escape.hpp"

namespace parallax::report {

namespace {

// The five markup characters as entities; `xml` adds what XML 1.0 cannot
// carry raw (a CR, control characters).
std::string escape(std::string_view s, bool xml) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char ch : s) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += xml ? "&apos;" : "&#39;"; break;
            default:
                if (!xml) out += ch;
                else if (ch == '\r') out += "&#13;";
                else if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t' && ch != '\n') out += "\xEF\xBF\xBD";
                else out += ch;
        }
    }
    return out;
}

}  // namespace

std::string html_escape(std::string_view s) { return escape(s, false); }

std::string xml_escape(std::string_view s) { return escape(s, true); }

}  // namespace parallax::report
