// Fuzz target: read (bytes checked for UTF-8, NUL, emptiness; UTF-16, HTML,
// PDF and DOCX decoded or extracted) and segment on what read accepts. Every span segment makes must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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
    // Text is the file's bytes unless it was decoded or extracted
    // (docs/inputs.md); an HTML page's map back into it must hold: pieces
    // in order, inside both texts, and a verbatim piece's bytes the page's.
    if (!doc.source) {
        fuzz::check(doc.text == bytes, "read changed the bytes of plain text");
    } else if (doc.source->format == "html") {
        const auto& map = *doc.source;
        for (std::size_t i = 0; i < map.pieces.size(); ++i) {
            const SourcePiece& p = map.pieces[i];
            std::size_t end = i + 1 < map.pieces.size() ? map.pieces[i + 1].text : doc.text.size();
            fuzz::check(p.text < end && end <= doc.text.size(), "source pieces in text order");
            fuzz::check(p.source <= map.bytes.size(), "source piece inside the page");
            if (p.verbatim)
                fuzz::check(std::string_view(map.bytes).substr(p.source, end - p.text) == std::string_view(doc.text).substr(p.text, end - p.text),
                            "a verbatim piece is the page's bytes");
        }
        fuzz::check(doc.text.empty() || (!map.pieces.empty() && map.pieces.front().text == 0), "every byte of an HTML text mapped");
    }
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
