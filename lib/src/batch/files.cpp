// batch: reading back what a batch wrote, and tidying what a killed run left.
#include <cctype>
#include <filesystem>
#include <string_view>

#include "../read/file_bytes.hpp"
#include "internal.hpp"
#include "parallax/write.hpp"

namespace parallax::batch::detail {

namespace fs = std::filesystem;

namespace {

// "report.html.tmp4711", "summary.json.tmp4711": the temporaries of
// versions before parallax/write.hpp, named after the pid.
bool is_old_temporary(std::string_view name) {
    std::size_t at = name.rfind(".tmp");
    if (at == std::string_view::npos || at + 4 == name.size()) return false;
    for (char ch : name.substr(at + 4))
        if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
    std::string_view base = name.substr(0, at);
    return base.rfind("report.", 0) == 0 || base == "summary.json" || base == "index.json" || base == "index.html";
}

}  // namespace

std::string slurp(const std::string& path, std::size_t max_bytes) { return parallax::detail::read_regular_file(path, max_bytes); }

void remove_leftovers(const std::string& dir) {
    remove_temporaries(dir);
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code ignored;
        if (is_old_temporary(it->path().filename().string()) && it->is_regular_file(ignored)) fs::remove(it->path(), ignored);
    }
}

}  // namespace parallax::batch::detail
