# Shared by bench/bible/align.sh and speed.sh (sourced, not run): packages,
# the parallax binary, and the verse files extracted once into the scratch
# directory. Expects $root, $scratch and $parallax (may be empty) to be set.

# Debian packages: the Bibles (SWORD modules), mod2imp, GNU time, git.
# Extra package names may be given as arguments.
bible_packages() {
  local need=(sword-text-kjv sword-text-sparv sword-text-web libsword-utils time git python3 "$@") missing=() p
  for p in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "bible: needs the Debian packages ${missing[*]} (run as root, or: sudo apt-get install -y ${missing[*]})" >&2
    exit 2
  fi
  echo "bible: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

# build/parallax unless --parallax named another binary; built (Release) when missing.
bible_parallax() {
  if [ -z "$parallax" ]; then
    parallax="$root/build/parallax"
    if [ ! -x "$parallax" ]; then
      "$root/scripts/setup.sh"
      [ -f "$root/build/CMakeCache.txt" ] || cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 2
      cmake --build "$root/build" -j"$(nproc)" --target parallax >/dev/null || { echo "bible: build failed" >&2; exit 2; }
    fi
  fi
  [ -x "$parallax" ] || { echo "bible: no parallax binary at $parallax" >&2; exit 2; }
}

# $scratch/KJV.tsv etc. (ref, text, paragraph mark), re-extracted when extract.py changes.
bible_extract() {
  local m stamp
  mkdir -p "$scratch"
  stamp=$(sha256sum < "$root/bench/bible/extract.py" | cut -c1-16)
  for m in "$@"; do
    if [ "$(cat "$scratch/.stamp-$m" 2>/dev/null)" != "$stamp" ] || [ ! -s "$scratch/$m.tsv" ]; then
      python3 "$root/bench/bible/extract.py" "$m" "$scratch/$m.tsv" --paragraphs
      echo "$stamp" > "$scratch/.stamp-$m"
    fi
  done
}

bible_machine() {
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/{print $2}') GiB RAM, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $("$parallax" --version 2>/dev/null | head -1) ($parallax, commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null)), git $(git --version | cut -d' ' -f3), python $(python3 -c 'import platform; print(platform.python_version())')"
}
