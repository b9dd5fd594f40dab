#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, as a desktop
# session would have: the keychain round trip test needs a real Secret Service.
# Usage: keychain_session.sh GNOME_KEYRING_DAEMON COMMAND [ARGS...]
set -e
keyring_daemon=$1
shift
export HOME="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'test-keyring-password' | "$keyring_daemon" --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
status=$?
rm -rf "$HOME"
exit $status
