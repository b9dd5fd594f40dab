#!/usr/bin/env bash
# packaging/check-installed.sh DEB: installs the package as a person would (apt-get, which
# pulls in its Depends and Recommends from Debian), runs the installed programs from their
# installed paths, checks the installed files with their validators, then purges the package
# and fails if anything it installed is left. Needs root (CI runs as root); ./dev package
# --install-check calls it.
set -euo pipefail
deb=$(readlink -f "$1")
[ "$(id -u)" -eq 0 ] || { echo "check-installed: needs root to install $deb" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-installed: FAIL: $*" >&2; exit 1; }

version=$(dpkg-deb -f "$deb" Version)
[ "$(basename "$deb")" = "neuroio-billing_${version}_amd64.deb" ] \
  || fail "the package is named $(basename "$deb"), not neuroio-billing_${version}_amd64.deb"
echo "check-installed: Depends: $(dpkg-deb -f "$deb" Depends)"
echo "check-installed: Recommends: $(dpkg-deb -f "$deb" Recommends)"

apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install"; }
dpkg-query -L neuroio-billing | sort >"$work/files"
echo "check-installed: installed $(grep -c . "$work/files") paths"

# From the installed paths, in a fresh home, as a new user would start it.
export HOME=$work/home XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"
[ "$(command -v neuroio-billing)" = /usr/bin/neuroio-billing ] || fail "neuroio-billing is not /usr/bin's"
said=$(/usr/bin/neuroio-billing --version)
[[ $said == "neuroio-billing $version "* ]] || fail "--version says \"$said\", not $version"
echo "check-installed: $said"
/usr/bin/neuroio-billing export --demo --output x.csv
[ "$(wc -l <x.csv)" -gt 1 ] || fail "export --demo wrote no rows"
echo "check-installed: export --demo wrote $(($(wc -l <x.csv) - 1)) rows"
xvfb-run -a /usr/bin/neuroio-billing --demo --screenshot x.png
[ "$(head -c 8 x.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "no PNG from --screenshot"
echo "check-installed: --demo --screenshot drew x.png ($(stat -c %s x.png) bytes)"
/usr/bin/neuroio-billing-mock --help >/dev/null || fail "neuroio-billing-mock does not run"
# The files themselves (validators, icon sizes, the page's warnings) are install_tree's test,
# on the same install rules; here, that the installed system finds them.
page=$(man -w neuroio-billing)
[ "$page" = /usr/share/man/man1/neuroio-billing.1.gz ] || fail "man finds $page"
man_warnings=$(MANWIDTH=80 MAN_KEEP_STDERR=1 man --warnings=w neuroio-billing 2>&1 >/dev/null)
[ -z "$man_warnings" ] || fail "man neuroio-billing warns: $man_warnings"
echo "check-installed: the programs run, and man finds the page"

apt-get purge -y -qq neuroio-billing >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get purge"; }
! dpkg-query -W neuroio-billing >/dev/null 2>&1 \
  || [ "$(dpkg-query -W -f='${db:Status-Status}' neuroio-billing)" = not-installed ] \
  || fail "dpkg still knows neuroio-billing after the purge"
left=()
while IFS= read -r path; do
  # Folders shared with other packages (/usr/bin, /usr/share/...) stay; its own must go.
  if [ -e "$path" ] && ! { [ -d "$path" ] && dpkg-query -S "$path" >/dev/null 2>&1; }; then
    left+=("$path")
  fi
done <"$work/files"
[ ${#left[@]} -eq 0 ] || fail "the purge left: ${left[*]}"
echo "check-installed: purged; nothing of the package is left"
