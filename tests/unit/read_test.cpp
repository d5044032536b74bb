#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "parallax/error.hpp"
#include "parallax/read.hpp"
#include "test_docs.hpp"

using namespace parallax;

TEST_CASE("read: empty input is refused, naming the file", "[read]") {
    CHECK(message_of("a.txt", "") == "a.txt: file is empty");
    CHECK(message_of("a.txt", "  \r\n\t\n") == "a.txt: file has no text (only whitespace or invisible characters)");
    CHECK(message_of("a.txt", "\xEF\xBB\xBF\n") == "a.txt: file has no text (only whitespace or invisible characters)");
}

TEST_CASE("read: Unicode spaces and zero-width characters are no text either", "[read]") {
    const std::string blank = "a.txt: file has no text (only whitespace or invisible characters)";
    CHECK(message_of("a.txt", "\u3000\u00A0\n\u2003") == blank);                  // ideographic, no-break, em space
    CHECK(message_of("a.txt", "\u200B\u200C\u200D\u2060\uFEFF\n") == blank);    // zero-width characters
    CHECK(message_of("a.txt", "\u200Bx\u200B").empty());                            // one letter is text
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

TEST_CASE("read: only regular files are read, FIFOs and devices are refused at once", "[read]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("parallax-read-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string fifo = (dir / "pipe.txt").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Would block forever waiting for a writer if it were opened for reading.
    CHECK_THROWS_WITH(read_file(fifo), fifo + ": is a named pipe (FIFO), not a regular file (only regular files are read)");
    CHECK_THROWS_WITH(read_file("/dev/zero"), "/dev/zero: is a character device, not a regular file (only regular files are read)");
    // A symlink loop is not "no such file".
    fs::create_symlink("loop-b", dir / "loop-a");
    fs::create_symlink("loop-a", dir / "loop-b");
    CHECK_THROWS_WITH(read_file((dir / "loop-a").string()), Catch::Contains("symbolic link loop"));
    // A symlink to a good file is read.
    std::ofstream(dir / "good.txt") << "Some text.\n";
    fs::create_symlink("good.txt", dir / "link.txt");
    CHECK(read_file((dir / "link.txt").string()).text == "Some text.\n");
    fs::remove_all(dir);
}
