#!/usr/bin/env bash
# Installs the build into a scratch prefix (cmake --install) and uses it as a
# newcomer would: the command and its man page, a tiny program built against
# the package twice (find_package(parallax) and pkg-config), and the bash
# completion loaded in bash. Also checks that every option a command's --help
# lists is in the man page and in the bash, zsh and fish completions (zsh and
# fish are syntax-checked, and fish asked, when installed).
#   run.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
fails=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi; }

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
libdir=$(dirname "$(find "$prefix" -name libparallax.a | head -1)")
for f in bin/parallax share/man/man1/parallax.1 share/bash-completion/completions/parallax share/zsh/site-functions/_parallax \
         share/fish/vendor_completions.d/parallax.fish include/parallax/engine.hpp include/parallax/report/html.hpp; do
  check "installed $f" "[ -e '$prefix/$f' ]"
done
check "installed the library, its CMake package and pkg-config file" \
  "[ -f '$libdir/libparallax.a' ] && [ -f '$libdir/cmake/parallax/parallaxConfig.cmake' ] && [ -f '$libdir/pkgconfig/parallax.pc' ]"
check "the installed command runs" "'$prefix/bin/parallax' --version | grep -q '^parallax '"
if command -v man >/dev/null; then
  check "the man page renders without warnings" \
    "[ -z \"\$(MANWIDTH=80 man --warnings -l '$prefix/share/man/man1/parallax.1' 2>&1 >/dev/null)\" ] && MANWIDTH=80 man -l '$prefix/share/man/man1/parallax.1' 2>/dev/null | grep -q 'EXIT STATUS'"
fi

# The tiny program: 0 when its two files agree, 1 when they differ.
seed=$src/fixtures/xi-2024-kazakhstan/input
a=$seed/000_254708b96a3181c4.txt b=$seed/002_48ee3b88d5783a4d.txt
if cmake -S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >"$tmp/cmake.log" 2>&1 &&
   cmake --build "$tmp/consumer" >>"$tmp/cmake.log" 2>&1; then
  check "find_package(parallax): the consumer links parallax::parallax and runs" \
    "'$tmp/consumer/consumer' '$a' '$a'; [ \$? = 0 ] && { '$tmp/consumer/consumer' '$a' '$b'; [ \$? = 1 ]; }"
else
  tail -30 "$tmp/cmake.log"; check "find_package(parallax) configures and builds the consumer" false
fi
pc="env PKG_CONFIG_PATH=$libdir/pkgconfig pkg-config"
check "pkg-config knows parallax $($pc --modversion parallax 2>&1)" "$pc --exists parallax"
if ${CXX:-c++} -o "$tmp/consumer-pc" "$src/tests/subproject/consumer.cpp" $($pc --cflags parallax) $($pc --static --libs parallax) 2>"$tmp/pc.log"; then
  check "pkg-config --cflags --static --libs: the consumer builds and runs" "'$tmp/consumer-pc' '$a' '$b'; [ \$? = 1 ]"
else
  head -20 "$tmp/pc.log"; check "the consumer builds with pkg-config's flags" false
fi

# Bash: load the completion as bash-completion would, then complete.
comp=$prefix/share/bash-completion/completions/parallax
complete_in_bash() {  # words...: the completions bash offers for the last word
  bash --norc --noprofile -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _parallax; printf "%s\n" "${COMPREPLY[@]}"' _ "$comp" "$@"
}
check "bash: complete -p parallax names the function" \
  "[ \"\$(bash --norc --noprofile -c 'source \"$comp\"; complete -p parallax')\" = 'complete -o filenames -F _parallax parallax' ]"
check "bash: 'parallax b' offers batch and batch-index" "[ \"\$(complete_in_bash parallax b | tr '\n' ' ')\" = 'batch batch-index ' ]"
check "bash: 'parallax compare --fo' completes --format" "[ \"\$(complete_in_bash parallax compare a.txt --fo)\" = '--format' ]"
check "bash: 'parallax compare --format h' completes html" "[ \"\$(complete_in_bash parallax compare --format h)\" = 'html' ]"
check "bash: 'parallax compare' completes file names" \
  "(cd '$seed' && [ \"\$(complete_in_bash parallax compare 000_254 | tr -d '\n')\" = '000_254708b96a3181c4.txt' ])"

# Every option of every command's --help in the man page and the three completions.
for cmd in compare facts batch batch-index; do
  # the options of the option list (Boost's "  -j [ --jobs ] arg", "  --resume"), not options of
  # other tools named in the prose ("GNU Parallel --pipe")
  opts=$("$prefix/bin/parallax" "$cmd" --help | grep -E -- '^  (-[a-zA-Z] \[ )?--[a-z]' | grep -oE -- '--[a-z][a-z-]+' | sort -u)
  for f in share/man/man1/parallax.1 share/bash-completion/completions/parallax share/zsh/site-functions/_parallax share/fish/vendor_completions.d/parallax.fish; do
    missing=
    for o in $opts; do
      case $f in
        *.1) grep -qF -- "${o//-/\\-}" "$prefix/$f" || missing+=" $o" ;;
        *.fish) grep -qE -- "-l ${o#--}( |\$)" "$prefix/$f" || missing+=" $o" ;;
        *) grep -qE -- "${o}([^a-z-]|\$)" "$prefix/$f" || missing+=" $o" ;;
      esac
    done
    check "$cmd --help options in $f${missing:+ (missing:$missing)}" "[ -z '$missing' ]"
  done
done
if command -v zsh >/dev/null; then check "zsh: the completion parses" "zsh -n '$prefix/share/zsh/site-functions/_parallax'"; fi
if command -v fish >/dev/null; then
  check "fish: 'parallax compare --fo' completes --format" \
    "fish -c \"source '$prefix/share/fish/vendor_completions.d/parallax.fish'; complete -C 'parallax compare --fo'\" | grep -q '^--format'"
fi

[ "$fails" = 0 ] && echo "install: all passed" || echo "install: $fails failed"
[ "$fails" = 0 ]
