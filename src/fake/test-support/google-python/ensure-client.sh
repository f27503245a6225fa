#!/usr/bin/env bash
# Makes Google's Python discovery client (Debian's python3-googleapi) importable by Debian's python3,
# installing it with apt-get when it is missing (.ci/run installs it up front).
#   exit 0: ready; exit 3: it cannot be had here, and stdout says why (the test then skips with that reason).
set -u
PY="${GOOGLE_PYTHON3:-/usr/bin/python3}"
ready() { [ -x "$PY" ] && "$PY" -c 'import googleapiclient.discovery, httplib2' >/dev/null 2>&1; }
ready && exit 0
if ! command -v apt-get >/dev/null 2>&1; then echo "apt-get is not available to install python3-googleapi"; exit 3; fi
if [ "$(id -u)" != 0 ]; then echo "installing python3-googleapi with apt-get needs root"; exit 3; fi
export DEBIAN_FRONTEND=noninteractive
install() { apt-get install -y -qq --no-install-recommends python3-googleapi >/dev/null 2>&1; }
install || { apt-get update -qq >/dev/null 2>&1 && install; } || { echo "apt-get could not install python3-googleapi"; exit 3; }
ready || { echo "python3-googleapi is installed but $PY cannot import googleapiclient"; exit 3; }
