// Bilingual dictionaries as one more anchor across languages (issue 12):
// dictd files as FreeDict's Debian packages ship them, and the anchors they
// give. Entries written for this test in FreeDict's layout.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "parallax/dictionary.hpp"
#include "parallax/engine.hpp"
#include "parallax/error.hpp"
#include "parallax/similarity.hpp"
#include "test_docs.hpp"

using namespace parallax;
namespace fs = std::filesystem;

namespace {

std::string b64(std::size_t v) {
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    do {
        out.insert(out.begin(), alphabet[v % 64]);
        v /= 64;
    } while (v);
    return out;
}

// A dictd pair of files in a fresh folder: NAME.index and NAME.dict.
// `tag` keeps test cases that ctest runs side by side in folders of their own.
std::string write_dictd(const std::string& tag, const std::string& name, const std::vector<std::string>& entries) {
    fs::path dir = fs::temp_directory_path() / ("parallax-dict-" + tag + "-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream dict(dir / (name + ".dict")), index(dir / (name + ".index"));
    std::size_t off = 0;
    std::string header = "00-database-info\nA test dictionary.\n";
    dict << header;
    index << "00databaseinfo\t" << b64(off) << '\t' << b64(header.size()) << '\n';
    off += header.size();
    for (const auto& e : entries) {
        dict << e;
        index << e.substr(0, e.find_first_of(" \n")) << '\t' << b64(off) << '\t' << b64(e.size()) << '\n';
        off += e.size();
    }
    return (dir / (name + ".index")).string();
}

}  // namespace

TEST_CASE("dictionary: dictd entries give word pairs and the languages of the file name", "[read]") {
    std::string path = write_dictd("pairs", "freedict-spa-eng", {"rey /rˈei/\nking\n", "a /ˈa/\n1. at, to, toward\n2. in, on\n",
                                                       "a menudo /a menˈuðo/\noften\n", "tierra /tjˈera/\nearth, land, soil\n"});
    Dictionary d = read_dictionary(path);
    CHECK(d.from == "es");
    CHECK(d.to == "en");
    using P = std::pair<std::string, std::string>;
    CHECK(std::find(d.pairs.begin(), d.pairs.end(), P{"rey", "king"}) != d.pairs.end());
    CHECK(std::find(d.pairs.begin(), d.pairs.end(), P{"tierra", "land"}) != d.pairs.end());
    CHECK(std::find(d.pairs.begin(), d.pairs.end(), P{"a", "toward"}) != d.pairs.end());  // sense numbers dropped
    CHECK(std::none_of(d.pairs.begin(), d.pairs.end(), [](const P& p) { return p.first == "a menudo"; }));  // phrases skipped
}

TEST_CASE("dictionary: a missing or malformed dictionary is a clear error naming the file", "[read]") {
    CHECK_THROWS_WITH(read_dictionary("/nonexistent/freedict-spa-eng.index"), Catch::Contains("freedict-spa-eng.index") && Catch::Contains("missing"));
    std::string odd = write_dictd("errors", "mywords", {"rey /rˈei/\nking\n"});
    CHECK_THROWS_WITH(read_dictionary(odd), Catch::Contains("languages"));
    std::string bare = write_dictd("errors", "freedict-deu-eng", {"haus\nhouse\n"});
    fs::remove(fs::path(bare).replace_extension(".dict"));
    CHECK_THROWS_WITH(read_dictionary(bare), Catch::Contains("entries are missing"));
}

TEST_CASE("dictionary: translated words are anchors both texts share, in any inflection", "[locate]") {
    std::string path = write_dictd("anchors", "freedict-spa-eng", {"rey /rˈei/\nking\n", "tierra /tjˈera/\nearth, land\n", "casa\nhouse, home\n"});
    Glossary g({read_dictionary(path)});
    auto es = g.keys("reyes", "es");  // plural: Snowball's Spanish stem
    auto en = g.keys("kings", "en");
    CHECK(std::find(es.begin(), es.end(), "xen:king") != es.end());
    CHECK(std::find(en.begin(), en.end(), "xen:king") != en.end());
    CHECK(g.keys("the", "en").empty());  // function words anchor nothing

    // two paragraphs sharing no figure or name now share anchors
    EngineOptions opt;
    opt.dictionaries = {read_dictionary(path)};
    Document a = read_doc("es", "Los reyes de la tierra vinieron a la casa.\n");
    Document b = read_doc("en", "The kings of the earth came to the house.\n");
    auto lex = std::make_shared<Lexicon>();
    lex->set_glossary(std::make_shared<const Glossary>(opt.dictionaries));
    prepare(a, lex);
    prepare(b, lex);
    a.language = "es";
    b.language = "en";
    auto keys = anchor_keys(a, a.paragraphs[0].sentences[0]);
    auto other = anchor_keys(b, b.paragraphs[0].sentences[0]);
    std::vector<std::string> shared;
    std::set_intersection(keys.begin(), keys.end(), other.begin(), other.end(), std::back_inserter(shared));
    CHECK(shared == std::vector<std::string>{"xen:earth", "xen:hous", "xen:king"});  // Snowball stems
}
