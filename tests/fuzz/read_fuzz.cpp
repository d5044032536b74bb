// Fuzz target: read (bytes checked for UTF-8, NUL, emptiness) and segment on
// what read accepts. Every span segment makes must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"
#include "parallax/segment.hpp"

using namespace parallax;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    Document doc;
    try {
        doc = read_bytes("fuzz.txt", bytes);
    } catch (const Error&) {
        return 0;  // refusing bad input with an Error is the contract
    }
    fuzz::check(doc.text == bytes, "read changed the bytes");
    segment(doc);
    for (const auto& p : doc.paragraphs) {
        fuzz::check_span(p.span, doc.text.size(), "paragraph span");
        fuzz::check(p.tokens.first <= p.tokens.end && p.tokens.end <= doc.tokens.size(), "paragraph token range");
        for (const auto& t : doc.tokens_of(p)) {
            fuzz::check_span(t.span, doc.text.size(), "token span");
            fuzz::check(p.span.start <= t.span.start && t.span.end <= p.span.end, "token outside its paragraph");
        }
        for (const auto& s : p.sentences) {
            fuzz::check_span(s.span, doc.text.size(), "sentence span");
            fuzz::check(p.tokens.first <= s.first_token && s.first_token <= s.end_token && s.end_token <= p.tokens.end,
                        "sentence token range inside its paragraph's");
        }
    }
    return 0;
}
