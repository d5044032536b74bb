#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "parallax/report/csv.hpp"

using namespace parallax;

namespace {

std::string render(const Comparison& c) {
    std::ostringstream out;
    report::write_csv(c, out);
    return out.str();
}

const char* header =
    "id,kind,severity,row,message,rendering,file,line,column,text,other_rendering,other_file,other_line,other_column,other_text,more_spans\r\n";

}  // namespace

TEST_CASE("report csv: an empty comparison is the header alone", "[report]") { CHECK(render(Comparison{}) == header); }

TEST_CASE("report csv: RFC 4180 quoting, line and column, formula guard", "[report]") {
    Comparison c;
    Rendering a, b, d;
    a.doc.name = "a,1";
    a.doc.path = "a.txt";
    a.doc.text = "x\n\xC3\xA9t\xC3\xA9: \"nearly\" 600,000\nline two\n";
    b.doc.name = "b";
    b.doc.path = "b.txt";
    b.doc.text = "=SUM(A1) a total of 600,000";
    d.doc.name = "d";
    d.doc.path = "d.txt";
    d.doc.text = "600 000";
    c.renderings = {a, b, d};
    std::size_t s = a.doc.text.find("\"nearly\"");
    Discrepancy q;
    q.kind = Kind::qualifier;
    q.finding = Finding::qualifier_differs;
    q.severity = Severity::medium;
    q.row = 3;
    q.spans = {{0, {s, a.doc.text.size() - 1}}, {1, {0, b.doc.text.size()}}, {2, {0, 7}}};
    q.message = "qualifier differs: \"nearly\" vs \"a total of\"";
    c.discrepancies = {q};
    std::string out = render(c);
    CHECK(out == std::string(header) +
                     "1,qualifier,medium,3,\"qualifier differs: \"\"nearly\"\" vs \"\"a total of\"\"\","
                     "\"a,1\",a.txt,2,6,\"\"\"nearly\"\" 600,000\nline two\","
                     "b,b.txt,1,1,\"'=SUM(A1) a total of 600,000\","
                     "d:1:1: 600 000\r\n");
}
