// `parallax compare`: read the files, run the engine, render, exit with the verdict.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <system_error>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "pager.hpp"
#include "parallax/engine.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"
#include "parallax/verdict.hpp"
#include "parallax/write.hpp"

namespace parallax::app {

namespace {

// NO_COLOR (no-color.org: set and not empty) and a dumb terminal turn
// colour off, unless --color always asks for it.
bool colour_wanted() {
    const char* no = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return !(no && *no) && !(term && std::strcmp(term, "dumb") == 0);
}

report::RenderOptions render_options(const CompareArgs& a, bool tty) {
    report::RenderOptions r;
    r.text.color = a.color == Color::always || (a.color == Color::auto_ && tty && colour_wanted());
    r.text.width = 0;  // not a terminal: one row after another
    winsize ws{};
    if (a.width) r.text.width = *a.width;
    else if (tty) r.text.width = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 ? std::min<int>(ws.ws_col, max_width) : 80;
    r.text.list = a.list;
    r.jobs = a.jobs;
    return r;
}

bool to_stdout(const CompareArgs& a) { return a.output.empty() || a.output == "-"; }

}  // namespace

void finish_stdout() {
    errno = 0;
    std::cout.flush();
    if (!std::cout) throw Error("standard output", "cannot write: " + std::error_code(errno ? errno : EIO, std::generic_category()).message());
}

int run_compare(const CompareArgs& a) {
    // Before the work: an input named as output is refused, never overwritten.
    if (!to_stdout(a)) refuse_input_as_output(a.output, a.files);
    std::vector<Document> docs;
    for (const auto& f : a.files) docs.push_back(read_input(f));
    EngineOptions opt;
    opt.jobs = a.jobs;
    if (!a.base.empty()) opt.locate.base = docs[find_base(docs, a.files, a.base)].path;
    opt.languages = a.langs;
    for (const auto& path : a.dictionaries) opt.dictionaries.push_back(read_dictionary(path));
    Comparison c = parallax::compare(std::move(docs), opt);
    if (to_stdout(a)) {
        bool tty = isatty(STDOUT_FILENO) != 0;
        report::RenderOptions options = render_options(a, tty);  // the terminal's width, before a pager takes stdout
        Pager pager;
        if (tty && a.pager && a.format == report::Format::text) pager.start();
        report::render(c, a.format, options, std::cout);
        if (pager.running()) pager.finish();
        else finish_stdout();
    } else {
        write_file(a.output, [&](std::ostream& out) { report::render(c, a.format, render_options(a, false), out); }, a.files);
    }
    return exit_code(verdict(c));
}

}  // namespace parallax::app
