#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "parallax/error.hpp"
#include "parallax/write.hpp"

using namespace parallax;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) {
        path = fs::temp_directory_path() / ("parallax-write-test-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void put(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

auto text(const std::string& s) {
    return [s](std::ostream& o) { o << s; };
}

}  // namespace

TEST_CASE("write: a new file is written whole, nothing left beside it", "[write]") {
    TempDir d("new");
    write_file((d.path / "r.txt").string(), text("report\n"));
    CHECK(read(d.path / "r.txt") == "report\n");
    CHECK(entries(d.path) == 1);
}

TEST_CASE("write: a regular file is replaced, keeping its permissions", "[write]") {
    TempDir d("replace");
    put(d.path / "r.txt", "old");
    ::chmod((d.path / "r.txt").c_str(), 0640);
    write_file((d.path / "r.txt").string(), text("new"));
    CHECK(read(d.path / "r.txt") == "new");
    struct stat st {};
    REQUIRE(::stat((d.path / "r.txt").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
    CHECK(entries(d.path) == 1);
}

TEST_CASE("write: through symlinks, which stay symlinks", "[write]") {
    TempDir d("symlink");
    fs::create_directories(d.path / "real");
    put(d.path / "real" / "r.txt", "old");
    fs::create_symlink("real/r.txt", d.path / "link1");
    fs::create_symlink("link1", d.path / "link2");
    write_file((d.path / "link2").string(), text("new"));
    CHECK(fs::is_symlink(d.path / "link1"));
    CHECK(fs::is_symlink(d.path / "link2"));
    CHECK(read(d.path / "real" / "r.txt") == "new");
    CHECK(entries(d.path / "real") == 1);
    // A dangling link gets its target created, as a shell redirection would.
    fs::create_symlink("real/fresh.txt", d.path / "dangling");
    write_file((d.path / "dangling").string(), text("fresh"));
    CHECK(fs::is_symlink(d.path / "dangling"));
    CHECK(read(d.path / "real" / "fresh.txt") == "fresh");
    // A loop is an error that says so.
    fs::create_symlink("loop-b", d.path / "loop-a");
    fs::create_symlink("loop-a", d.path / "loop-b");
    CHECK(error_of([&] { write_file((d.path / "loop-a").string(), text("x")); }).find("symbolic links") != std::string::npos);
}

TEST_CASE("write: a device or a FIFO is written directly, never replaced", "[write]") {
    TempDir d("fifo");
    // A null device of our own where the system lets us make one (root), so
    // the test never depends on the machine's /dev/null being intact.
    fs::path null = d.path / "null";
    std::string device = ::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0 ? null.string() : "/dev/null";
    struct stat st {};
    if (::stat(device.c_str(), &st) == 0 && S_ISCHR(st.st_mode)) {
        write_file(device, text("gone"));
        REQUIRE(::stat(device.c_str(), &st) == 0);
        CHECK(S_ISCHR(st.st_mode));
    }
    fs::remove(null);

    fs::path fifo = d.path / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string got;
    std::thread reader([&] { got = read(fifo); });
    write_file(fifo.string(), text("through the pipe"));
    reader.join();
    CHECK(got == "through the pipe");
    CHECK(fs::is_fifo(fifo));
    CHECK(entries(d.path) == 1);
}

TEST_CASE("write: a full device is an error naming the file", "[write]") {
    TempDir d("full");
    fs::create_symlink("/dev/full", d.path / "out.html");
    std::string e = error_of([&] { write_file((d.path / "out.html").string(), text(std::string(200000, 'x'))); });
    CHECK(e.find("out.html") != std::string::npos);
    CHECK(e.find("No space left on device") != std::string::npos);
    CHECK(entries(d.path) == 1);
}

TEST_CASE("write: a directory is refused, nothing left behind", "[write]") {
    TempDir d("dir");
    fs::create_directories(d.path / "sub");
    CHECK(error_of([&] { write_file((d.path / "sub").string(), text("x")); }).find("is a directory") != std::string::npos);
    CHECK(entries(d.path) == 1);
    CHECK(entries(d.path / "sub") == 0);
    CHECK(error_of([&] { write_file((d.path / "no" / "such" / "r.txt").string(), text("x")); }).find("No such file or directory") != std::string::npos);
}

TEST_CASE("write: an output that is one of the inputs is refused, by identity not name", "[write]") {
    TempDir d("input");
    put(d.path / "victim.txt", "precious");
    fs::create_hard_link(d.path / "victim.txt", d.path / "alias.txt");
    fs::create_symlink("victim.txt", d.path / "link.txt");
    std::vector<std::string> inputs{(d.path / "other.txt").string(), (d.path / "victim.txt").string()};
    for (const char* out : {"victim.txt", "alias.txt", "link.txt"}) {
        std::string e = error_of([&] { write_file((d.path / out).string(), text("report"), inputs); });
        CHECK(e.find(out) != std::string::npos);
        CHECK(e.find("is the input") != std::string::npos);
    }
    CHECK(read(d.path / "victim.txt") == "precious");
    CHECK(entries(d.path) == 3);
    write_file((d.path / "fine.txt").string(), text("report"), inputs);
    CHECK(read(d.path / "fine.txt") == "report");
}

TEST_CASE("write: a renderer that throws leaves the old file and no temporary", "[write]") {
    TempDir d("throw");
    put(d.path / "r.txt", "old");
    CHECK_THROWS_AS(write_file((d.path / "r.txt").string(), [](std::ostream& o) {
        o << "half";
        throw std::runtime_error("renderer failed");
    }), std::runtime_error);
    CHECK(read(d.path / "r.txt") == "old");
    CHECK(entries(d.path) == 1);
}

TEST_CASE("write: temporaries left by a killed run are recognised and removed", "[write]") {
    TempDir d("stale");
    put(d.path / "report.html", "kept");
    put(d.path / ".report.html.parallax-0a1b2c3d.tmp", "stale");
    put(d.path / ".notes.tmp", "not ours");
    CHECK(is_temporary_name(".report.html.parallax-0a1b2c3d.tmp"));
    CHECK(!is_temporary_name("report.html"));
    CHECK(!is_temporary_name(".notes.tmp"));
    remove_temporaries(d.path.string());
    CHECK(fs::exists(d.path / "report.html"));
    CHECK(fs::exists(d.path / ".notes.tmp"));
    CHECK(!fs::exists(d.path / ".report.html.parallax-0a1b2c3d.tmp"));
}
