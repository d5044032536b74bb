#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

#include "parallax/compare.hpp"
#include "parallax/engine.hpp"
#include "test_docs.hpp"

using namespace parallax;

namespace {

const char* base_text =
    "The mayor opened a bridge over the canal in the old quarter, which cost 12 million dollars.\n\n"
    "Teachers asked for more books in the village schools of the valley, said Anna Berg.";
const char* other_text =
    "The mayor opened a bridge over the canal in the old quarter, which cost 15 million dollars.\n\n"
    "Teachers asked for more books in the village schools of the valley, said Anna Borg.";
const char* preface = "Traders in Morvale sold amber beads along the river market every Sunday morning.\n\n";

Comparison run(std::string a, std::string b) { return compare({read_doc("official", std::move(a)), read_doc("agency", std::move(b))}); }

const Discrepancy* of_kind(const Comparison& c, Kind k) {
    auto it = std::find_if(c.discrepancies.begin(), c.discrepancies.end(), [&](const Discrepancy& d) { return d.kind == k; });
    return it == c.discrepancies.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("compare ids: every discrepancy gets a distinct id of a fixed form", "[compare]") {
    auto c = run(base_text, other_text);
    REQUIRE(c.discrepancies.size() >= 2);
    std::set<std::string> ids;
    for (const auto& d : c.discrepancies) {
        CHECK(std::regex_match(d.id, std::regex("d-[0-9a-f]{12}(-[0-9]+)?")));
        ids.insert(d.id);
    }
    CHECK(ids.size() == c.discrepancies.size());
    CHECK(run(base_text, other_text).discrepancies.front().id == c.discrepancies.front().id);
}

TEST_CASE("compare ids: a paragraph added elsewhere moves the row but keeps the id", "[compare]") {
    auto before = run(base_text, other_text);
    auto after = run(std::string(preface) + base_text, std::string(preface) + other_text);
    const Discrepancy* f0 = of_kind(before, Kind::figure);
    const Discrepancy* f1 = of_kind(after, Kind::figure);
    REQUIRE(f0);
    REQUIRE(f1);
    CHECK(f1->row == f0->row + 1);
    CHECK(f1->id == f0->id);
}

TEST_CASE("compare ids: another figure or another rendering name is another id", "[compare]") {
    auto c = run(base_text, other_text);
    std::string changed = other_text;
    changed.replace(changed.find("15 million"), 2, "16");
    auto d = run(base_text, changed);
    auto renamed = compare({read_doc("official", base_text), read_doc("wire", other_text)});
    REQUIRE(of_kind(c, Kind::figure));
    REQUIRE(of_kind(d, Kind::figure));
    REQUIRE(of_kind(renamed, Kind::figure));
    CHECK(of_kind(d, Kind::figure)->id != of_kind(c, Kind::figure)->id);
    CHECK(of_kind(renamed, Kind::figure)->id != of_kind(c, Kind::figure)->id);
}

TEST_CASE("compare ids: alike discrepancies are numbered in report order", "[compare]") {
    Comparison c;
    Rendering a, b;
    a.doc.name = "a";
    a.doc.text = "Berg met Berg.";
    b.doc.name = "b";
    b.doc.text = "Borg met Borg.";
    c.renderings = {a, b};
    c.discrepancies = {make_finding(Kind::name, Severity::high, {{0, {0, 4}}, {1, {0, 4}}}, "m"),
                       make_finding(Kind::name, Severity::high, {{0, {9, 13}}, {1, {9, 13}}}, "m")};
    assign_ids(c);
    CHECK(c.discrepancies[1].id == c.discrepancies[0].id + "-2");
}
