#include "file_bytes.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "parallax/error.hpp"

namespace parallax::detail {

namespace {

std::string reason(int err) { return std::error_code(err, std::generic_category()).message(); }

// Why a file that is there cannot be read as text; "" for a regular file.
std::string not_regular(const struct stat& st) {
    if (S_ISREG(st.st_mode)) return "";
    if (S_ISDIR(st.st_mode)) return "is a directory, not a text file";
    const char* kind = S_ISFIFO(st.st_mode)  ? "a named pipe (FIFO)"
                       : S_ISCHR(st.st_mode) ? "a character device"
                       : S_ISBLK(st.st_mode) ? "a block device"
                       : S_ISSOCK(st.st_mode) ? "a socket"
                                              : "not a file";
    return std::string("is ") + kind + ", not a regular file (only regular files are read)";
}

std::string too_large(std::size_t limit) {
    return "file is too large (the limit is " + std::to_string(limit) + " bytes)";
}

}  // namespace

std::string read_regular_file(const std::string& path, std::size_t limit) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        int err = errno;
        if (err == ENOENT) throw Error(path, "no such file");
        if (err == ELOOP) throw Error(path, "cannot open: a symbolic link loop (" + reason(err) + ")");
        if (err == EACCES) throw Error(path, "cannot open: " + reason(err) + " (a directory on the way cannot be entered)");
        throw Error(path, "cannot open: " + reason(err));
    }
    if (auto why = not_regular(st); !why.empty()) throw Error(path, why);
    if (static_cast<unsigned long long>(st.st_size) > limit)
        throw Error(path, "file is too large (" + std::to_string(st.st_size) + " bytes; the limit is " + std::to_string(limit) + ")");
    // O_NONBLOCK: should the file have become a FIFO since stat, open must not wait for a writer.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw Error(path, "cannot open file for reading: " + reason(errno));
    std::string bytes;
    try {
        if (::fstat(fd, &st) != 0) throw Error(path, "cannot read: " + reason(errno));
        if (auto why = not_regular(st); !why.empty()) throw Error(path, why);
        bytes.resize(static_cast<std::size_t>(st.st_size) < limit ? static_cast<std::size_t>(st.st_size) + 1 : limit + 1);
        std::size_t got = 0;
        for (;;) {
            if (got == bytes.size()) {
                if (got > limit) throw Error(path, too_large(limit));
                bytes.resize(std::min(limit + 1, got * 2 + 4096));  // the file grew while read
            }
            ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) throw Error(path, "read error: " + reason(errno));
            if (n == 0) break;
            got += static_cast<std::size_t>(n);
        }
        if (got > limit) throw Error(path, too_large(limit));
        bytes.resize(got);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
    return bytes;
}

}  // namespace parallax::detail
