#include "parallax/report/render.hpp"

#include "parallax/report/csv.hpp"
#include "parallax/report/html.hpp"
#include "parallax/report/json.hpp"

namespace parallax::report {

std::optional<Format> parse_format(std::string_view name) {
    for (Format f : {Format::text, Format::json, Format::html, Format::csv, Format::tmx})
        if (name == to_string(f)) return f;
    return std::nullopt;
}

const char* to_string(Format f) {
    switch (f) {
        case Format::text: return "text";
        case Format::json: return "json";
        case Format::html: return "html";
        case Format::csv: return "csv";
        case Format::tmx: return "tmx";
    }
    return "text";
}

void render(const Comparison& c, Format f, const RenderOptions& opt, std::ostream& out) {
    switch (f) {
        case Format::text: write_text(c, out, opt.text, opt.jobs); return;
        case Format::json: write_json(c, out); return;
        case Format::html: write_html(c, out, opt.jobs); return;
        case Format::csv: write_csv(c, out); return;
        case Format::tmx: write_tmx(c, out, opt.tmx); return;
    }
}

}  // namespace parallax::report
