// read internals: text out of the formats people save articles in. Each
// format's library stays in its own adapter file (html.cpp: gumbo, pdf.cpp:
// poppler, docx.cpp: expat, zip.cpp: minizip). Each function throws
// parallax::Error naming `path` when the file cannot be read as its format.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/model.hpp"

namespace parallax::detail {

// Extracted text: paragraphs separated by a blank line, and (html) where
// each byte of it came from.
struct Extracted {
    std::string text;
    std::vector<SourcePiece> pieces;
};

// Whether `bytes` (valid UTF-8) begin as an HTML page does: a doctype or an
// <html> tag after white space, comments or an XML prologue.
bool sniffs_as_html(std::string_view bytes);

// An HTML page (UTF-8) parsed as a browser does (HTML5, gumbo): block
// elements become paragraphs, headings lines of their own, entities are
// decoded; scripts, styles, navigation, page headers and footers, asides,
// forms and hidden elements (hidden, aria-hidden="true", an inline
// display:none or visibility:hidden) are dropped.
Extracted html_text(std::string_view page);

// The text layer of a PDF (poppler), page by page.
Extracted pdf_text(const std::string& path, std::string_view bytes);

// One member of a zip archive; false when it is not there. Throws when
// the archive is damaged or the member larger than `limit`.
bool zip_member(const std::string& path, std::string_view archive, const char* name, std::size_t limit, std::string& out);

// The paragraphs of a DOCX's word/document.xml (expat).
Extracted docx_text(const std::string& path, std::string_view document_xml);

}  // namespace parallax::detail
