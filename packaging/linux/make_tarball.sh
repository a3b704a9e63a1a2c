#!/bin/sh
# dist/caseapp-<version>-linux-<arch>.tar.gz from the PyInstaller folder dist/caseapp
# (`make package` first; `make package-tarball` does both). See packaging/README.md.
set -eu
cd "$(dirname "$0")/../.."
[ -x dist/caseapp/caseapp ] || { echo "no dist/caseapp: run make package first" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' caseapp/__init__.py)
name="caseapp-$version-linux-$(uname -m)"
stage="build/tarball/$name"
rm -rf build/tarball
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/icons"
cp -R dist/caseapp "$stage/caseapp"
cp packaging/linux/org.caseapp.CaseApp.desktop "$stage/share/applications/"
cp packaging/linux/org.caseapp.CaseApp.metainfo.xml "$stage/share/metainfo/"
cp -R resources/icons/hicolor "$stage/share/icons/"
cp packaging/linux/install.sh "$stage/install.sh"
chmod +x "$stage/install.sh"
cat > "$stage/README.txt" <<TXT
caseapp $version for Linux ($(uname -m))

Install for yourself:     ./install.sh
Install for all users:    sudo ./install.sh --system
Check the installation:   caseapp --self-test
Remove:                   ./install.sh --uninstall   (add --system if installed with it)

Or run it in place:       ./caseapp/caseapp
Needs a desktop with X11 (libxcb-cursor0 installed) or Wayland.
TXT
# Reproducible-ish: fixed owner and sorted names.
tar -C build/tarball --owner=0 --group=0 --numeric-owner --sort=name -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
