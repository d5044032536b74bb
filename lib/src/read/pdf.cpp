// The text layer of a PDF, page by page, its lines joined into paragraphs.
// poppler reads the pages in a module of its own, parallax-pdf.so
// (lib/plugin/pdf_poppler.cpp), loaded with dlopen when the first PDF is
// read, so that a run without PDFs does not load poppler's libraries.
#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include "extract.hpp"
#include "parallax/error.hpp"

namespace parallax::detail {

namespace {

std::string trim(std::string_view s) {
    std::size_t a = s.find_first_not_of(" \t\r\f"), b = s.find_last_not_of(" \t\r\f");
    return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}

bool ends_sentence(std::string_view line) {
    for (std::string_view end : {".", "!", "?", ":", "\"", "\u201D", "\u00BB", "\u3002", "\uFF01", "\uFF1F"})
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
    return false;
}

// A PDF has lines, not paragraphs: a line that ends a sentence and stops
// well short of the page's longest line ends its paragraph (the last line
// of a paragraph is its short one); a blank line does too.
void add_page(std::string_view page, std::string& out) {
    std::vector<std::string> lines;
    std::istringstream in{std::string(page)};
    std::size_t longest = 0;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(trim(line));
        longest = std::max(longest, lines.back().size());
    }
    bool open = false;
    for (const auto& line : lines) {
        if (line.empty()) {
            if (open) out += "\n\n";
            open = false;
            continue;
        }
        if (!out.empty() && !open && out.back() != '\n') out += "\n\n";
        if (open) out += ' ';
        out += line;
        open = !(ends_sentence(line) && line.size() * 10 < longest * 8);
        if (!open) out += "\n\n";
    }
    if (open) out += "\n\n";
}

using PagesFn = int (*)(const char*, int, void (*)(void*, const char*, std::size_t), void*);

// Where the module may lie: beside the program (a build tree's top), one or
// two folders up (the build tree's test and fuzz programs), the installed
// lib/parallax relative to the program's bin/, and the folder it was
// installed to.
std::vector<std::filesystem::path> module_places() {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        std::filesystem::path dir = exe.parent_path();
        out.push_back(dir);
        out.push_back(dir.parent_path());
        out.push_back(dir.parent_path().parent_path());
        out.push_back(dir.parent_path() / "lib" / "parallax");
    }
#ifdef PARALLAX_MODULE_DIR
    out.emplace_back(PARALLAX_MODULE_DIR);
#endif
    return out;
}

// Loaded once, never unloaded; null when no place holds it.
PagesFn pages_function() {
    static const PagesFn found = [] {
        for (const auto& dir : module_places()) {
            std::filesystem::path file = dir / "parallax-pdf.so";
            if (::access(file.c_str(), R_OK) != 0) continue;
            if (void* handle = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL))
                if (void* fn = ::dlsym(handle, "parallax_pdf_pages")) return reinterpret_cast<PagesFn>(fn);
        }
        return PagesFn{nullptr};
    }();
    return found;
}

}  // namespace

Extracted pdf_text(const std::string& path, std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw Error(path, "PDF too large to read");
    PagesFn pages = pages_function();
    if (!pages)
        throw Error(path, "a PDF, but parallax's PDF reader (parallax-pdf.so, built with poppler) is not installed beside it; "
                          "convert it to text with pdftotext (Debian poppler-utils)");
    Extracted x;
    auto add = [](void* context, const char* text, std::size_t length) {
        add_page(std::string_view(text, length), static_cast<Extracted*>(context)->text);
    };
    switch (pages(bytes.data(), static_cast<int>(bytes.size()), add, &x)) {
        case 0: break;
        case 2: throw Error(path, "an encrypted PDF (it needs a password); save it unlocked or convert it to text");
        default: throw Error(path, "a PDF that cannot be read (damaged or not a PDF); convert it to text with pdftotext (Debian poppler-utils)");
    }
    while (!x.text.empty() && x.text.back() == '\n') x.text.pop_back();
    return x;
}

}  // namespace parallax::detail
