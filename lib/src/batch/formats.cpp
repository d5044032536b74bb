// batch: which report formats a batch writes, and under which file names.
#include <algorithm>

#include "parallax/batch.hpp"
#include "parallax/error.hpp"

namespace parallax::batch {

using report::Format;

std::vector<Format> available_formats() { return {Format::html, Format::json, Format::text, Format::csv, Format::tmx}; }

std::vector<Format> parse_formats(std::string_view list) {
    auto known = available_formats();
    std::vector<Format> picked;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        std::size_t comma = list.find(',', pos);
        std::string name(list.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
        auto f = report::parse_format(name);
        if (!f) {
            std::string all;
            for (Format k : known) all += (all.empty() ? "" : ", ") + std::string(report::to_string(k));
            throw Error("--format", "unknown format '" + name + "' (expected a comma-separated list of " + all + ")");
        }
        if (std::find(picked.begin(), picked.end(), *f) != picked.end()) throw Error("--format", "format '" + name + "' given twice");
        picked.push_back(*f);
        if (comma == std::string_view::npos) break;
        pos = comma + 1;
    }
    // A fixed order, so "json,html" and "html,json" give the same summaries.
    std::sort(picked.begin(), picked.end(), [&](Format a, Format b) {
        return std::find(known.begin(), known.end(), a) < std::find(known.begin(), known.end(), b);
    });
    return picked;
}

std::string report_file_name(Format format) {
    return "report." + std::string(format == Format::text ? "txt" : report::to_string(format));
}


}  // namespace parallax::batch
