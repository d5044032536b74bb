#include "parallax/report/json.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>
#include <nlohmann/json.hpp>

#include "../unicode/unicode.hpp"

namespace parallax::report {

namespace {

// The report is streamed, not built as one tree: a 20 MB pair has hundreds
// of thousands of paragraphs and edits. Strings are escaped as nlohmann/json
// escapes them, byte for byte, without a copy each: valid UTF-8 (every text
// read is) here; anything else through nlohmann/json, which writes U+FFFD
// for the bad bytes.
// The bytes gathered in a buffer and handed to the stream 64 KB at a time:
// an ostream insertion costs a sentry and a virtual call each, and a report
// is made of hundreds of thousands of short pieces. Integers as to_chars
// writes them, which is how the classic locale's ostream writes them.
class Sink {
public:
    explicit Sink(std::ostream& to) : to_(to) { buf_.reserve(limit + 4096); }
    Sink(const Sink&) = delete;
    Sink& operator=(const Sink&) = delete;
    ~Sink() { flush(); }
    Sink& operator<<(std::string_view s) {
        buf_ += s;
        if (buf_.size() >= limit) flush();
        return *this;
    }
    Sink& operator<<(const char* s) { return *this << std::string_view(s); }
    Sink& operator<<(const std::string& s) { return *this << std::string_view(s); }
    Sink& operator<<(char ch) {
        buf_ += ch;
        return *this;
    }
    template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>, int> = 0>
    Sink& operator<<(T v) {
        char digits[24];
        auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
        return *this << std::string_view(digits, static_cast<std::size_t>(end - digits));
    }
    void write(const char* p, std::streamsize n) { *this << std::string_view(p, static_cast<std::size_t>(n)); }
    void flush() {
        to_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        buf_.clear();
    }

private:
    static constexpr std::size_t limit = 64 * 1024;
    std::ostream& to_;
    std::string buf_;
};

struct Writer {
    Sink& out;
    void str(std::string_view s) {
        if (unicode::first_invalid_byte(s) != unicode::valid) {
            out << nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            return;
        }
        out << '"';
        std::size_t from = 0;
        auto put = [&](std::size_t at, std::string_view escaped) {
            out.write(s.data() + from, static_cast<std::streamsize>(at - from));
            out << escaped;
            from = at + 1;
        };
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto ch = static_cast<unsigned char>(s[i]);
            if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
            switch (ch) {
                case '"': put(i, "\\\""); break;
                case '\\': put(i, "\\\\"); break;
                case '\b': put(i, "\\b"); break;
                case '\f': put(i, "\\f"); break;
                case '\n': put(i, "\\n"); break;
                case '\r': put(i, "\\r"); break;
                case '\t': put(i, "\\t"); break;
                default: {
                    char u[8];
                    std::snprintf(u, sizeof u, "\\u%04x", ch);
                    put(i, u);
                }
            }
        }
        out.write(s.data() + from, static_cast<std::streamsize>(s.size() - from));
        out << '"';
    }
    void key(const char* k) { out << '"' << k << "\": "; }
    void num(double v) {  // three decimals are plenty and keep bytes stable
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3f", std::round(v * 1000.0) / 1000.0);
        std::string s = buf;
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
        out << s;
    }
    void span(const Comparison& c, int rendering, Span s) {
        out << "{\"rendering\": " << rendering << ", \"start\": " << s.start << ", \"end\": " << s.end << ", \"text\": ";
        str(c.text(rendering, s));
        out << '}';
    }
    template <class T, class F>
    void list(const std::vector<T>& xs, const char* indent, F each) {
        out << '[';
        for (std::size_t k = 0; k < xs.size(); ++k) {
            out << (k ? ",\n" : "\n") << indent;
            each(xs[k]);
        }
        if (xs.empty()) out << ']';
        else out << '\n' << (indent + 2) << ']';
    }
};

const char* op_name(EditOp op) {
    switch (op) {
        case EditOp::same: return "same";
        case EditOp::removed: return "removed";
        case EditOp::added: return "added";
        case EditOp::changed: return "changed";
    }
    return "same";
}

}  // namespace

void write_json(const Comparison& c, std::ostream& stream) {
    Sink out(stream);
    Writer w{out};
    out << "{\n  \"version\": 1,\n  \"base\": " << c.base << ",\n  \"renderings\": ";
    w.list(c.renderings, "    ", [&](const Rendering& r) {
        out << "{\"name\": ";
        w.str(r.doc.name);
        out << ", \"path\": ";
        w.str(r.doc.path);
        out << ", \"language\": ";
        w.str(r.doc.language);
        out << ", \"status\": \"" << to_string(r.status) << '"';
        if (!r.reason.empty()) out << ", \"reason\": ", w.str(r.reason);
        out << ", \"coverage\": ";
        w.num(r.coverage);
        if (r.status == Status::aligned) {
            out << ", \"form\": \"" << to_string(r.form) << '"';
            if (r.copy_of >= 0) out << ", \"copy_of\": " << r.copy_of;
            if (&r != &c.renderings[static_cast<std::size_t>(c.base)]) {
                out << ", \"rendered\": ";
                w.num(r.rendered);
                out << ", \"own\": ";
                w.num(r.own);
            }
        }
        if (r.cut_start) out << ", \"cut_start\": " << *r.cut_start;
        if (r.cut_end) out << ", \"cut_end\": " << *r.cut_end;
        out << ",\n     \"paragraphs\": ";
        w.list(r.doc.paragraphs, "        ", [&](const Paragraph& p) {
            out << "{\"id\": " << p.id << ", \"start\": " << p.span.start << ", \"end\": " << p.span.end << ", \"text\": ";
            w.str(std::string_view(r.doc.text).substr(p.span.start, p.span.size()));
            out << ", \"in_article\": " << (p.in_article ? "true" : "false") << '}';
        });
        out << '}';
    });
    out << ",\n  \"rows\": ";
    w.list(c.rows, "    ", [&](const Row& row) {
        out << "{\"cells\": [";
        for (std::size_t y = 0; y < row.cells.size(); ++y) {
            out << (y ? ", [" : "[");
            for (std::size_t k = 0; k < row.cells[y].size(); ++k) out << (k ? ", " : "") << row.cells[y][k];
            out << ']';
        }
        out << "], \"similarity\": ";
        w.num(row.similarity);
        out << '}';
    });
    out << ",\n  \"discrepancies\": ";
    w.list(c.discrepancies, "    ", [&](const Discrepancy& d) {
        out << "{\"id\": ";
        w.str(d.id);
        out << ", \"kind\": ";
        w.str(to_string(d.kind));
        out << ", \"severity\": \"" << to_string(d.severity) << "\", \"row\": " << d.row << ", \"spans\": [";
        for (std::size_t k = 0; k < d.spans.size(); ++k) {
            if (k) out << ", ";
            w.span(c, d.spans[k].rendering, d.spans[k].span);
        }
        out << "], \"finding\": \"" << to_string(d.finding) << "\", \"against\": [";
        for (std::size_t k = 0; k < d.against.size(); ++k) out << (k ? ", " : "") << d.against[k];
        out << ']';
        if (d.outlier) {
            const Outlier& o = *d.outlier;
            out << ", \"outlier\": {\"odd\": " << o.odd << ", \"agreeing\": " << o.agreeing << ", \"present\": " << o.present
                << ", \"says\": ";
            w.span(c, o.says.rendering, o.says.span);
            out << '}';
        }
        out << ", \"message\": ";
        w.str(d.message);
        out << '}';
    });
    // the word diffs against the base; those between two non-base
    // renderings stay inside the engine (docs/json.md)
    std::vector<const CellDiff*> shown;
    for (const auto& cd : c.diffs)
        if (cd.left == c.base && !cd.across) shown.push_back(&cd);  // across languages there is no word diff
    out << ",\n  \"diffs\": ";
    w.list(shown, "    ", [&](const CellDiff* p) {
        const CellDiff& cd = *p;
        out << "{\"row\": " << cd.row << ", \"rendering\": " << cd.rendering << ", \"edits\": [";
        for (std::size_t k = 0; k < cd.edits.size(); ++k) {
            const Edit& e = cd.edits[k];
            out << (k ? ", " : "") << "{\"op\": \"" << op_name(e.op) << '"';
            if (!e.base.empty()) out << ", \"base\": [" << e.base.start << ", " << e.base.end << ']';
            if (!e.other.empty()) out << ", \"other\": [" << e.other.start << ", " << e.other.end << ']';
            out << '}';
        }
        out << "]}";
    });
    out << ",\n  \"quotes\": ";
    w.list(c.quotes, "    ", [&](const QuoteCheck& q) {
        out << "{\"quote\": ";
        w.span(c, q.rendering, q.span);
        out << ", \"found\": [";
        for (std::size_t k = 0; k < q.findings.size(); ++k) {
            const auto& f = q.findings[k];
            out << (k ? ", " : "") << "{\"rendering\": " << f.rendering << ", \"match\": ";
            w.str(to_string(f.match));
            if (!f.span.empty()) out << ", \"span\": ", w.span(c, f.rendering, f.span);
            out << '}';
        }
        out << "]}";
    });
    out << ",\n  \"notes\": ";
    w.list(c.notes, "    ", [&](const Note& n) {
        out << "{\"reason\": \"" << to_string(n.reason) << '"';
        if (n.row >= 0) out << ", \"row\": " << n.row;
        if (n.rendering >= 0) out << ", \"rendering\": " << n.rendering;
        if (n.left >= 0) out << ", \"left\": " << n.left;
        out << ", \"text\": ";
        w.str(n.text);
        out << '}';
    });
    out << "\n}\n";
    out.flush();
}

}  // namespace parallax::report
