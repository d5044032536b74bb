// The only doorway to poppler (Debian libpoppler-cpp-dev), built as a module
// of its own (parallax-pdf.so) that the read stage loads with dlopen when it
// first reads a PDF (lib/src/read/pdf.cpp). Linked into parallax, poppler and
// the 22 libraries it brings (fonts, images, NSS) were loaded by every run:
// `parallax --version` took 6.1 ms, 2.6 ms without them.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <cstddef>
#include <memory>
#include <string>

namespace {

// poppler writes its complaints about a damaged file to stderr; parallax
// prints nothing of its own, and the error it reports says what matters.
void quiet(const std::string&, void*) {}

}  // namespace

extern "C" {

// Each page's text (physical layout, UTF-8), in order, to `page`. Returns 0;
// 1 when the bytes are no readable PDF; 2 when it is encrypted.
__attribute__((visibility("default"))) int parallax_pdf_pages(const char* data, int size,
                                                              void (*page)(void* context, const char* text, std::size_t length),
                                                              void* context) {
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data, size));
    if (!doc) return 1;
    if (doc->is_locked()) return 2;
    for (int k = 0; k < doc->pages(); ++k) {
        std::unique_ptr<poppler::page> p(doc->create_page(k));
        if (!p) continue;
        auto utf8 = p->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        page(context, utf8.data(), utf8.size());
    }
    return 0;
}

}
