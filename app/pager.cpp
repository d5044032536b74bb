#include "pager.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

extern char** environ;

namespace parallax::app {

void Pager::start() {
    const char* term = std::getenv("TERM");
    if (term && std::strcmp(term, "dumb") == 0) return;  // less cannot drive such a terminal
    const char* env = std::getenv("PAGER");
    std::string command = env ? env : "less -FRX";
    if (command.find_first_not_of(" \t") == std::string::npos || command == "cat") return;
    // git's choice: less keeps colour and quits on a short report even when
    // PAGER is plain "less"; a LESS the user set is left alone.
    setenv("LESS", "FRX", 0);
    int fds[2];
    if (pipe(fds) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
    pid_t pid = -1;
    int err = posix_spawn(&pid, "/bin/sh", &actions, nullptr, const_cast<char* const*>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[0]);
    if (err != 0) {
        close(fds[1]);
        return;
    }
    std::cout.flush();
    dup2(fds[1], STDOUT_FILENO);
    close(fds[1]);
    // A reader who quits the pager before the end closes the pipe: the rest
    // of the report is not wanted, which is no error (EPIPE, not a signal).
    std::signal(SIGPIPE, SIG_IGN);
    pid_ = pid;
}

void Pager::finish() {
    if (pid_ <= 0) return;
    std::cout.flush();
    std::cout.clear();  // a write the pager no longer read (it was quit)
    close(STDOUT_FILENO);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
}

}  // namespace parallax::app
