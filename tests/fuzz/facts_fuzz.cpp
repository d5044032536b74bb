// Fuzz target: facts on one valid UTF-8 text (figures with number words and
// dates, names, quotes, the whole per-paragraph facts) and, on the input split
// in two, relate_names and look_up_quote. Spans must lie inside their text and
// each fact's text must be the bytes of its span.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_util.hpp"
#include "parallax/compare.hpp"
#include "parallax/error.hpp"
#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"
#include "parallax/read.hpp"
#include "parallax/report/facts.hpp"
#include "parallax/segment.hpp"

using namespace parallax;

namespace {

template <class Fact>
void check_facts(const std::vector<Fact>& facts, std::string_view text, const char* what) {
    for (const auto& f : facts) {
        fuzz::check_span(f.span, text.size(), what);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    // Facts are only ever run on text read accepted (valid UTF-8, no NUL):
    // the parts are checked the same way.
    auto parts = fuzz::split(in, 2, 2);
    for (const auto& p : parts)
        try {
            read_bytes("part.txt", p);
        } catch (const Error&) {
            return 0;
        }
    const std::string& a = parts[0];
    const std::string& b = parts[1];

    for (const std::string& t : {a, b}) {
        auto figures = find_figures(t);
        check_facts(figures, t, "figure span");
        for (const auto& f : figures) {
            fuzz::check(f.text == std::string_view(t).substr(f.span.start, f.span.size()), "figure text");
            fuzz::check(same_value(f, f), "a figure equals itself");
        }
        auto names = find_names(t);
        check_facts(names, t, "name span");
        auto quotes = find_quotes(t);
        check_facts(quotes, t, "quote span");
        for (const auto& q : quotes)
            fuzz::check(q.text == std::string_view(t).substr(q.span.start, q.span.size()), "quote text");
    }

    NameMatch m = relate_names(a, b);
    fuzz::check(m.score >= 0 && m.score <= 1, "name score in [0, 1]");
    QuoteLookup l = look_up_quote(a, b);
    fuzz::check_span(l.span, b.size(), "quote look-up span");
    fuzz::check(l.score >= 0 && l.score <= 1, "quote score in [0, 1]");
    QuoteLookup self = look_up_quote(a, a);
    fuzz::check(self.match == QuoteMatch::exact || self.match == QuoteMatch::not_found, "a quote finds itself");

    // The whole `parallax facts` path on the joined text.
    try {
        Document doc = read_bytes("fuzz.txt", a + "\n\n" + b);
        segment(doc);
        normalize(doc);
        RenderingFacts facts = facts_of(doc, false);
        std::ostringstream text, json;
        report::write_facts_text(doc, facts, text);
        report::write_facts_json(doc, facts, json);
    } catch (const Error&) {
    }
    return 0;
}
