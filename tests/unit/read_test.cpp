#include <catch2/catch.hpp>

#include "parallax/error.hpp"
#include "parallax/read.hpp"

using namespace parallax;

namespace {
std::string message_of(const std::string& path, std::string bytes) {
    try {
        read_bytes(path, std::move(bytes));
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("read: empty input is refused, naming the file", "[read]") {
    CHECK(message_of("a.txt", "") == "a.txt: file is empty");
    CHECK(message_of("a.txt", "  \r\n\t\n") == "a.txt: file has no text (only whitespace)");
    CHECK(message_of("a.txt", "\xEF\xBB\xBF\n") == "a.txt: file has no text (only whitespace)");
}

TEST_CASE("read: invalid UTF-8 names the byte offset", "[read]") {
    CHECK(message_of("x.txt", "abc\xFF") == "x.txt: invalid UTF-8 at byte offset 3");
    CHECK(message_of("x.txt", "ok \xC3") == "x.txt: invalid UTF-8 at byte offset 3");       // truncated sequence
    CHECK(message_of("x.txt", "\xC0\xAF") == "x.txt: invalid UTF-8 at byte offset 0");       // overlong slash
    CHECK(message_of("x.txt", "a\xED\xA0\x80") == "x.txt: invalid UTF-8 at byte offset 1");  // surrogate
}

TEST_CASE("read: a NUL byte means a binary file", "[read]") {
    CHECK(message_of("b.bin", std::string("ab\0cd", 5)) == "b.bin: binary file (NUL byte at offset 2), expected UTF-8 text");
}

TEST_CASE("read: BOM and CRLF are kept byte for byte", "[read]") {
    auto doc = read_bytes("dir/name.txt", "\xEF\xBB\xBFHello\r\nworld\r\n");
    CHECK(doc.text == "\xEF\xBB\xBFHello\r\nworld\r\n");
    CHECK(doc.name == "name");
    CHECK(doc.path == "dir/name.txt");
}

TEST_CASE("read: missing files and directories are errors", "[read]") {
    CHECK_THROWS_WITH(read_file("/nonexistent/parallax.txt"), "/nonexistent/parallax.txt: no such file");
    CHECK_THROWS_WITH(read_file("/tmp"), "/tmp: is a directory, not a text file");
}
