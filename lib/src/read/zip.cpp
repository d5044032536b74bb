// The only doorway to minizip (zlib's zip reader, Debian libminizip-dev):
// one member of a zip archive held in memory. minizip reads through file
// callbacks; these read the bytes already read, so standard input works too.
#include <unzip.h>

#include <cstring>
#include <memory>

#include "extract.hpp"
#include "parallax/error.hpp"

namespace parallax::detail {

namespace {

struct Memory {
    std::string_view bytes;
    ZPOS64_T pos = 0;
};

voidpf ZCALLBACK open_memory(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK read_memory(voidpf, voidpf stream, void* buf, uLong size) {
    auto* m = static_cast<Memory*>(stream);
    ZPOS64_T left = m->pos < m->bytes.size() ? m->bytes.size() - m->pos : 0;
    uLong n = static_cast<uLong>(std::min<ZPOS64_T>(size, left));
    std::memcpy(buf, m->bytes.data() + m->pos, n);
    m->pos += n;
    return n;
}

uLong ZCALLBACK write_memory(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK tell_memory(voidpf, voidpf stream) { return static_cast<Memory*>(stream)->pos; }

long ZCALLBACK seek_memory(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* m = static_cast<Memory*>(stream);
    ZPOS64_T from = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : m->bytes.size();
    if (from + offset > m->bytes.size()) return -1;
    m->pos = from + offset;
    return 0;
}

int ZCALLBACK close_memory(voidpf, voidpf) { return 0; }
int ZCALLBACK error_memory(voidpf, voidpf) { return 0; }

}  // namespace

bool zip_member(const std::string& path, std::string_view archive, const char* name, std::size_t limit, std::string& out) {
    Memory m{archive};
    zlib_filefunc64_def io{open_memory, read_memory, write_memory, tell_memory, seek_memory, close_memory, error_memory, &m};
    std::unique_ptr<void, int (*)(unzFile)> zip(unzOpen2_64("", &io), unzClose);
    if (!zip) throw Error(path, "a damaged zip archive (its table of contents cannot be read)");
    if (unzLocateFile(zip.get(), name, 1) != UNZ_OK) return false;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK || unzOpenCurrentFile(zip.get()) != UNZ_OK)
        throw Error(path, std::string("a damaged zip archive (") + name + " cannot be read)");
    out.clear();
    char buf[65536];
    for (int n; (n = unzReadCurrentFile(zip.get(), buf, sizeof buf)) != 0;) {
        if (n < 0) {
            unzCloseCurrentFile(zip.get());
            throw Error(path, std::string("a damaged zip archive (") + name + " cannot be decompressed)");
        }
        out.append(buf, static_cast<std::size_t>(n));
        // the size it declares may lie: count what comes out
        if (out.size() > limit) {
            unzCloseCurrentFile(zip.get());
            throw Error(path, std::string(name) + " is too large once decompressed (the limit is " + std::to_string(limit) + " bytes)");
        }
    }
    if (unzCloseCurrentFile(zip.get()) == UNZ_CRCERROR) throw Error(path, std::string("a damaged zip archive (") + name + " fails its checksum)");
    return true;
}

}  // namespace parallax::detail
