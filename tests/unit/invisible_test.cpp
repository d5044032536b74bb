#include <catch2/catch.hpp>

#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

// Zero-width characters are invisible: a finding whose two sides look the
// same to the reader is noise. ZWSP, ZWNJ, ZWJ, WORD JOINER and a BOM
// inside the text must change nothing.
TEST_CASE("normalize: zero-width characters inside a name cause no finding", "[normalize]") {
    const std::string plain =
        "The envoy Saulebek Kabibekov met traders in Morvale and praised the amber beads of the river market.\n\n"
        "Teachers asked for more books in the village schools of the valley.";
    for (std::string zw : {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x81\xA0", "\xEF\xBB\xBF"}) {
        std::string marked = plain;
        marked.insert(marked.find("bekov"), zw);     // Kabi|bekov
        marked.insert(marked.find("Morvale") + 3, zw);  // Mor|vale
        CAPTURE(zw);
        // compare() prepares the documents again, with one lexicon
        auto c = compare({make_doc("a", plain), make_doc("b", marked)});
        CHECK(c.discrepancies.empty());
        for (const auto& d : c.diffs)
            for (const auto& e : d.edits) CHECK(e.op == EditOp::same);
    }
}
