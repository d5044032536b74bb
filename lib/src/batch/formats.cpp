// batch: the report formats, dispatched to the renderers this build has.
// csv and tmx are picked up when their headers exist and take (Comparison,
// ostream) like the json and html renderers.
#include <algorithm>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "internal.hpp"
#include "parallax/batch.hpp"
#include "parallax/error.hpp"
#include "parallax/report/html.hpp"
#include "parallax/report/json.hpp"
#include "parallax/report/text.hpp"
#if __has_include("parallax/report/csv.hpp")
#include "parallax/report/csv.hpp"
#define PARALLAX_BATCH_CSV 1
#endif
#if __has_include("parallax/report/tmx.hpp")
#include "parallax/report/tmx.hpp"
#define PARALLAX_BATCH_TMX 1
#endif

namespace parallax::batch {

namespace {

// Calls the renderer only if it takes (Comparison, ostream): a renderer with
// another shape is left out of available_formats() instead of breaking the build.
template <class C>
bool render_csv([[maybe_unused]] const C& c, [[maybe_unused]] std::ostream& out, bool run) {
#ifdef PARALLAX_BATCH_CSV
    if constexpr (requires { report::write_csv(c, out); }) {
        if (run) report::write_csv(c, out);
        return true;
    }
#endif
    (void)run;
    return false;
}

template <class C>
bool render_tmx([[maybe_unused]] const C& c, [[maybe_unused]] std::ostream& out, bool run) {
#ifdef PARALLAX_BATCH_TMX
    if constexpr (requires { report::write_tmx(c, out); }) {
        if (run) report::write_tmx(c, out);
        return true;
    }
#endif
    (void)run;
    return false;
}

}  // namespace

std::vector<std::string> available_formats() {
    std::vector<std::string> f{"html", "json", "text"};
    Comparison none;
    std::ostringstream sink;
    if (render_csv(none, sink, false)) f.push_back("csv");
    if (render_tmx(none, sink, false)) f.push_back("tmx");
    return f;
}

std::vector<std::string> parse_formats(std::string_view list) {
    auto known = available_formats();
    std::vector<std::string> picked;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        std::size_t comma = list.find(',', pos);
        std::string f(list.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
        if (std::find(known.begin(), known.end(), f) == known.end()) {
            std::string all;
            for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
            throw Error("--format", "unknown format '" + f + "' (expected a comma-separated list of " + all + ")");
        }
        if (std::find(picked.begin(), picked.end(), f) != picked.end()) throw Error("--format", "format '" + f + "' given twice");
        picked.push_back(f);
        if (comma == std::string_view::npos) break;
        pos = comma + 1;
    }
    // A fixed order, so "json,html" and "html,json" give the same summaries.
    std::sort(picked.begin(), picked.end(), [&](const std::string& a, const std::string& b) {
        return std::find(known.begin(), known.end(), a) < std::find(known.begin(), known.end(), b);
    });
    return picked;
}

std::string report_file_name(std::string_view format) {
    return "report." + std::string(format == "text" ? "txt" : format);
}

namespace detail {

void render(const Comparison& c, std::string_view format, std::ostream& out) {
    if (format == "json") report::write_json(c, out);
    else if (format == "html") report::write_html(c, out);
    else if (format == "text") report::write_text(c, out, {});
    else if (format == "csv" && render_csv(c, out, true)) {}
    else if (format == "tmx" && render_tmx(c, out, true)) {}
    else throw Error("--format", "unknown format '" + std::string(format) + "'");
}

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& body) {
    std::string tmp = path + ".tmp" + std::to_string(::getpid());
    try {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw Error(path, "cannot write");
        body(out);
        out.flush();
        if (!out) throw Error(path, "cannot write (disk full?)");
        out.close();
        if (!out) throw Error(path, "cannot write (disk full?)");
    } catch (...) {
        std::remove(tmp.c_str());
        throw;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw Error(path, "cannot write: " + ec.message());
    }
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot read");
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw Error(path, "cannot read");
    return buf.str();
}

}  // namespace detail

}  // namespace parallax::batch
