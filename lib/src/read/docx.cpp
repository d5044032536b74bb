// The only doorway to expat (Debian libexpat1-dev): a DOCX's paragraphs
// from its word/document.xml (ECMA-376 WordprocessingML). Text is what the
// runs (w:t) say; tabs and breaks become white space; deleted text (w:delText)
// and field codes (w:instrText) are not text a reader sees.
#include <expat.h>

#include <climits>
#include <cstring>
#include <memory>

#include "extract.hpp"
#include "parallax/error.hpp"

namespace parallax::detail {

namespace {

constexpr std::string_view w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main|";

struct State {
    Extracted x;
    std::string paragraph;
    int in_text = 0;
};

// expat gives "namespace|local" with the '|' separator asked for below.
std::string_view word_element(const XML_Char* name) {
    std::string_view n = name;
    return n.substr(0, w_ns.size()) == w_ns ? n.substr(w_ns.size()) : std::string_view();
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char**) {
    auto* s = static_cast<State*>(data);
    auto el = word_element(name);
    if (el == "t") ++s->in_text;
    else if (el == "tab") s->paragraph += '\t';
    else if (el == "br" || el == "cr") s->paragraph += '\n';
}

void XMLCALL on_end(void* data, const XML_Char* name) {
    auto* s = static_cast<State*>(data);
    auto el = word_element(name);
    if (el == "t" && s->in_text > 0) --s->in_text;
    if (el != "p") return;
    if (s->paragraph.find_first_not_of(" \t\n") != std::string::npos) {
        if (!s->x.text.empty()) s->x.text += "\n\n";
        s->x.text += s->paragraph;
    }
    s->paragraph.clear();
}

void XMLCALL on_text(void* data, const XML_Char* text, int len) {
    auto* s = static_cast<State*>(data);
    if (s->in_text > 0) s->paragraph.append(text, static_cast<std::size_t>(len));
}

}  // namespace

Extracted docx_text(const std::string& path, std::string_view xml) {
    std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(XML_ParserCreateNS("UTF-8", '|'), XML_ParserFree);
    if (!parser) throw Error(path, "out of memory reading the DOCX");
    State s;
    XML_SetUserData(parser.get(), &s);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    XML_SetCharacterDataHandler(parser.get(), on_text);
    if (xml.size() > static_cast<std::size_t>(INT_MAX) ||
        XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) != XML_STATUS_OK)
        throw Error(path, "a damaged DOCX (word/document.xml, line " + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                              ": " + XML_ErrorString(XML_GetErrorCode(parser.get())) + ")");
    return std::move(s.x);
}

}  // namespace parallax::detail
