// report: the one dispatch from a format to its renderer, used by every
// command that writes a report.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "parallax/model.hpp"
#include "parallax/report/text.hpp"
#include "parallax/report/tmx.hpp"

namespace parallax::report {

enum class Format { text, json, html, csv, tmx };

// "text", "json", "html", "csv", "tmx"; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);
const char* to_string(Format f);

// What the renderers that take options are given; the others take none.
struct RenderOptions {
    TextOptions text;
    TmxOptions tmx;
    unsigned jobs = 1;  // threads the text and HTML row tables are formatted on (0: one per core); the same bytes for any number
};

void render(const Comparison& c, Format f, const RenderOptions& opt, std::ostream& out);

}  // namespace parallax::report
