// The text report on a terminal goes through a pager, as git's and
// difftastic's output does: $PAGER, else "less -FRX" (-F: no pager when it
// fits one screen; -R: colours pass; -X: the text stays on the screen).
#pragma once

#include <sys/types.h>

namespace parallax::app {

class Pager {
public:
    // Starts the pager and sends standard output to it, unless PAGER is
    // set empty or to "cat", or TERM is "dumb"; the caller decides that
    // output is a terminal and the text report. Should the pager not start,
    // output stays on the terminal.
    void start();
    // Whether output goes through a pager.
    bool running() const { return pid_ > 0; }
    // Closes the pager's input and waits for the reader to quit it.
    void finish();
    ~Pager() { finish(); }

private:
    pid_t pid_ = -1;
};

}  // namespace parallax::app
