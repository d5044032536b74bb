// Fuzz target: the whole engine on 2-4 documents (the input split on NUL
// bytes) and every renderer on its result. Cheap invariants: spans inside
// their rendering, JSON that parses, HTML with no <script> beyond the page's
// own, CSV with balanced quotes, TMX with no raw '<' from the input.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_util.hpp"
#include "parallax/compare.hpp"
#include "parallax/engine.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"
#include "parallax/report/csv.hpp"
#include "parallax/report/html.hpp"
#include "parallax/report/json.hpp"
#include "parallax/report/list.hpp"
#include "parallax/report/text.hpp"
#include "parallax/report/tmx.hpp"

using namespace parallax;

namespace {

std::size_t count_ci(const std::string& hay, const std::string& needle) {
    std::string low(hay.size(), ' ');
    std::transform(hay.begin(), hay.end(), low.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t n = 0;
    for (std::size_t p = low.find(needle); p != std::string::npos; p = low.find(needle, p + 1)) ++n;
    return n;
}

void check_spans(const Comparison& c) {
    auto size_of = [&](int r) {
        fuzz::check(r >= 0 && static_cast<std::size_t>(r) < c.renderings.size(), "rendering index");
        return c.renderings[r].doc.text.size();
    };
    for (const auto& d : c.discrepancies)
        for (const auto& s : d.spans) fuzz::check_span(s.span, size_of(s.rendering), "discrepancy span");
    for (const auto& q : c.quotes) {
        fuzz::check_span(q.span, size_of(q.rendering), "quote span");
        for (const auto& f : q.findings) fuzz::check_span(f.span, size_of(f.rendering), "quote finding span");
    }
    for (const auto& d : c.diffs)
        for (const auto& e : d.edits) {
            // every pair is diffed: the left side is the base or a lower-index rendering
            fuzz::check_span(e.base, size_of(d.left), "edit left span");
            fuzz::check_span(e.other, size_of(d.rendering), "edit other span");
        }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    auto parts = fuzz::split(in, 2, 4);
    std::vector<Document> docs;
    try {
        for (std::size_t i = 0; i < parts.size(); ++i) docs.push_back(read_bytes("r" + std::to_string(i) + ".txt", parts[i]));
    } catch (const Error&) {
        return 0;
    }
    // The page's own <script> elements: any more came from the input.
    static const std::size_t own_scripts = [] {
        std::vector<Document> d{read_bytes("a.txt", "One text.\n"), read_bytes("b.txt", "Another text.\n")};
        std::ostringstream html;
        report::write_html(compare(std::move(d)), html);
        return count_ci(html.str(), "<script");
    }();

    EngineOptions opt;
    if (size % 3 == 0) opt.locate.base = docs.back().name;  // --base, sometimes
    Comparison c = compare(std::move(docs), opt);
    check_spans(c);

    std::ostringstream json, html, csv, tmx, plain, list, wide;
    report::write_json(c, json);
    fuzz::check(nlohmann::json::accept(json.str()), "JSON report parses");
    report::write_html(c, html);
    fuzz::check(count_ci(html.str(), "<script") == own_scripts, "no <script> from the input in HTML");
    report::write_csv(c, csv);
    const std::string csv_text = csv.str();
    fuzz::check(std::count(csv_text.begin(), csv_text.end(), '"') % 2 == 0, "CSV quotes balanced");
    report::write_tmx(c, tmx, {{"en", "fr"}});
    report::write_text(c, plain, {});
    report::write_list(c, list);
    report::write_text(c, wide, {size % 2 == 0, static_cast<int>(20 + size % 140), false});
    return 0;
}
