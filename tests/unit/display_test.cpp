#include <catch2/catch.hpp>

#include "parallax/display.hpp"
#include "parallax/error.hpp"

using namespace parallax;

TEST_CASE("display: plain names are unchanged", "[display]") {
    CHECK(display("").empty());
    CHECK(display("dir/name.txt") == "dir/name.txt");
    CHECK(display("Шымкент 上海 café\\x.txt") == "Шымкент 上海 café\\x.txt");
}

TEST_CASE("display: control characters and bad bytes are shown, not sent", "[display]") {
    CHECK(display("\x1b[31mred\x1b[0m.txt") == "\\x1b[31mred\\x1b[0m.txt");
    CHECK(display("a\nb.txt:1:1: forged") == "a\\nb.txt:1:1: forged");
    CHECK(display("tab\there\r\x7f") == "tab\\there\\r\\x7f");
    CHECK(display("caf\xe9.txt") == "caf\\xe9.txt");
    CHECK(display("cut \xe2\x82") == "cut \\xe2\\x82");
    CHECK(display("\xc2\x9b" "2J") == "\\u{9b}2J");  // C1 CSI
    CHECK(display(display("x\x1b\xff\n")) == display("x\x1b\xff\n"));
}

TEST_CASE("display: an error's file name is shown, not sent", "[display]") {
    Error e("evil\x1b]0;title\x07\n.txt", "no such file");
    CHECK(std::string(e.what()) == "evil\\x1b]0;title\\x07\\n.txt: no such file");
}
