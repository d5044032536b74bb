#include <filesystem>
#include <system_error>
#include <vector>

#include "parallax/display.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"

namespace parallax {

std::size_t find_base(const std::vector<Document>& docs, const std::vector<std::string>& paths, const std::string& base) {
    for (std::size_t i = 0; i < docs.size() && i < paths.size(); ++i)
        if (paths[i] == base || docs[i].path == base) return i;
    // the same file by another path ("./a.txt", "/abs/a.txt", a link to it)
    for (std::size_t i = 0; i < docs.size() && i < paths.size(); ++i) {
        std::error_code ec;
        if (std::filesystem::equivalent(paths[i], base, ec) && !ec) return i;
    }
    // a label, or a file name with its extension ("a" or "a.txt" for
    // dir/a.txt), or the path without its extension ("dir/a")
    std::vector<std::size_t> named;
    for (std::size_t i = 0; i < docs.size(); ++i)
        if (docs[i].name == base || docs[i].name == display(base) ||
            (i < paths.size() && (std::filesystem::path(paths[i]).filename() == base ||
                                  std::filesystem::path(paths[i]).replace_extension() == base)))
            named.push_back(i);
    if (named.empty()) throw Error("--base " + base, "not one of the files compared");
    for (std::size_t i : named)
        if (docs[i].path != docs[named[0]].path)
            throw Error("--base " + base, "ambiguous: it is the label of " + docs[named[0]].path + " and of " + docs[i].path +
                                              " (give the path instead)");
    return named[0];
}

}  // namespace parallax
