#include "parallax/write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <ostream>
#include <cctype>
#include <cstdio>
#include <random>
#include <system_error>

#include "fd_streambuf.hpp"
#include "parallax/error.hpp"

namespace parallax {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view temp_tag = ".parallax-";
constexpr std::string_view temp_suffix = ".tmp";
constexpr int max_symlink_hops = 40;  // as the kernel's own limit

std::string reason(int err) { return std::error_code(err, std::generic_category()).message(); }

// Where writing `path` really lands: symlinks followed (a dangling one to
// the file it names), so the link itself is never replaced.
struct Target {
    std::string path;
    bool exists = false;
    struct stat st {};
};

Target resolve(const std::string& path) {
    Target t;
    t.path = path;
    for (int hops = 0;; ++hops) {
        if (::lstat(t.path.c_str(), &t.st) != 0) {
            if (errno == ENOENT) return t;
            throw Error(path, "cannot write: " + reason(errno));
        }
        if (!S_ISLNK(t.st.st_mode)) {
            t.exists = true;
            return t;
        }
        if (hops == max_symlink_hops) throw Error(path, "cannot write: " + reason(ELOOP));
        std::error_code ec;
        fs::path link = fs::read_symlink(t.path, ec);
        if (ec) throw Error(path, "cannot write: " + ec.message());
        t.path = link.is_absolute() ? link.string() : (fs::path(t.path).parent_path() / link).string();
    }
}

// Runs `body` into `fd`; throws Error(path) with the write's errno.
void fill(int fd, const std::string& path, const std::function<void(std::ostream&)>& body) {
    detail::FdStreambuf buf(fd);
    std::ostream out(&buf);
    body(out);
    out.flush();
    if (buf.error() != 0 || !out) throw Error(path, "cannot write: " + reason(buf.error() ? buf.error() : EIO));
}

// A device, FIFO or socket: written in place, as a shell redirection would.
void write_in_place(const std::string& path, const Target& t, const std::function<void(std::ostream&)>& body) {
    int fd = ::open(t.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw Error(path, "cannot write: " + reason(errno));
    try {
        fill(fd, path, body);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) throw Error(path, "cannot write: " + reason(errno));
}

// Opens a new, uniquely named temporary file beside `target`.
int open_temporary(const std::string& path, const fs::path& target, std::string& tmp) {
    std::random_device rd;
    fs::path dir = target.parent_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        char hex[9];
        std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(rd()));
        std::string name(".");
        name += target.filename().string();
        name += temp_tag;
        name += hex;
        name += temp_suffix;
        tmp = (dir / name).string();
        int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) return fd;
        if (errno != EEXIST) throw Error(path, "cannot write: " + reason(errno));
    }
    throw Error(path, "cannot write: no unused temporary file name");
}

void write_replacing(const std::string& path, const Target& t, const std::function<void(std::ostream&)>& body) {
    std::string tmp;
    int fd = open_temporary(path, fs::path(t.path), tmp);
    try {
        // A replaced file keeps its permissions; a new one gets 0666 less the umask.
        if (t.exists && ::fchmod(fd, t.st.st_mode & 07777) != 0) throw Error(path, "cannot write: " + reason(errno));
        fill(fd, path, body);
        int rc = ::close(fd);
        fd = -1;
        if (rc != 0) throw Error(path, "cannot write: " + reason(errno));
        if (::rename(tmp.c_str(), t.path.c_str()) != 0) throw Error(path, "cannot write: " + reason(errno));
    } catch (...) {
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str());
        throw;
    }
}

}  // namespace

void refuse_input_as_output(const std::string& output, const std::vector<std::string>& inputs) {
    struct stat out {};
    if (::stat(output.c_str(), &out) != 0) return;  // nothing there yet: no input can be it
    for (const auto& in : inputs) {
        struct stat st {};
        if (::stat(in.c_str(), &st) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino)
            throw Error(output, "is the input " + in + "; refusing to overwrite it");
    }
}

void write_file(const std::string& path, const std::function<void(std::ostream&)>& body, const std::vector<std::string>& inputs) {
    if (path.empty()) throw Error(path, "no output file name");
    refuse_input_as_output(path, inputs);
    Target t = resolve(path);
    if (t.exists && S_ISDIR(t.st.st_mode)) throw Error(path, "is a directory");
    if (t.exists && !S_ISREG(t.st.st_mode)) write_in_place(path, t, body);
    else write_replacing(path, t, body);
}

bool is_temporary_name(std::string_view name) {
    // ".NAME.parallax-XXXXXXXX.tmp" with eight hex digits
    const std::size_t tail = temp_tag.size() + 8 + temp_suffix.size();
    if (name.size() < 2 + tail || name[0] != '.') return false;
    std::string_view end = name.substr(name.size() - tail);
    if (end.substr(0, temp_tag.size()) != temp_tag || end.substr(end.size() - temp_suffix.size()) != temp_suffix) return false;
    for (char ch : end.substr(temp_tag.size(), 8))
        if (!std::isxdigit(static_cast<unsigned char>(ch))) return false;
    return true;
}

void remove_temporaries(const std::string& dir) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code ignored;
        if (is_temporary_name(it->path().filename().string()) && it->is_regular_file(ignored)) fs::remove(it->path(), ignored);
    }
}

}  // namespace parallax
