#!/bin/sh
# Install caseapp from this unpacked tarball.
#
#   ./install.sh              for you only: ~/.local/opt/caseapp, launcher ~/.local/bin/caseapp
#   sudo ./install.sh --system   for every user: /opt/caseapp, launcher /usr/local/bin/caseapp
#   ./install.sh --uninstall     (add --system for a system-wide install) removes it again
#
# The vaults are never touched: they live in each user's data folder
# (~/.local/share/caseapp), not in the program folder.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
mode=user
action=install
for arg in "$@"; do
  case "$arg" in
    --system) mode=system ;;
    --user) mode=user ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$mode" = system ]; then
  app_dir=/opt/caseapp
  bin_dir=/usr/local/bin
  share=/usr/local/share
else
  data=${XDG_DATA_HOME:-$HOME/.local/share}
  app_dir=$HOME/.local/opt/caseapp
  bin_dir=$HOME/.local/bin
  share=$data
fi
app_id=org.caseapp.CaseApp
sizes="16 32 48 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  rm -f "$bin_dir/caseapp" "$share/applications/$app_id.desktop" \
        "$share/metainfo/$app_id.metainfo.xml" "$share/icons/hicolor/scalable/apps/$app_id.svg"
  for n in $sizes; do rm -f "$share/icons/hicolor/${n}x${n}/apps/$app_id.png"; done
  refresh
  echo "caseapp removed ($mode). Vaults in the users' data folders were left as they were."
  exit 0
fi

if [ ! -x "$here/caseapp/caseapp" ]; then
  echo "install.sh: $here/caseapp/caseapp is missing; unpack the whole tarball first" >&2
  exit 1
fi

# Replace an older version whole (no stale files from it).
mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$share/applications" "$share/metainfo"
rm -rf "$app_dir.new"
cp -R "$here/caseapp" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
chmod -R u+rwX,go+rX,go-w "$app_dir"

# The launcher: a symlink, so `caseapp --self-test` and the CLI work from a terminal.
ln -sf "$app_dir/caseapp" "$bin_dir/caseapp"

# Desktop entry with an absolute Exec (~/.local/bin is not on every session's PATH).
sed "s|^Exec=caseapp|Exec=$app_dir/caseapp|" "$here/share/applications/$app_id.desktop" \
  > "$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
for n in $sizes; do
  mkdir -p "$share/icons/hicolor/${n}x${n}/apps"
  cp "$here/share/icons/hicolor/${n}x${n}/apps/$app_id.png" "$share/icons/hicolor/${n}x${n}/apps/"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/share/icons/hicolor/scalable/apps/$app_id.svg" "$share/icons/hicolor/scalable/apps/"
refresh

# Qt's X11 platform plugin needs a few xcb libraries the tarball does not carry.
if command -v ldconfig >/dev/null 2>&1; then
  missing=""
  for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxkbcommon-x11.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || [ -e "$app_dir/_internal/$lib" ] || missing="$missing $lib"
  done
  if [ -n "$missing" ]; then
    echo "note: on X11 caseapp needs:$missing"
    echo "  Debian/Ubuntu: sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0"
    echo "  Fedora:        sudo dnf install xcb-util-wm xcb-util-keysyms xcb-util-cursor libxkbcommon-x11"
  fi
fi

echo "caseapp installed in $app_dir; launcher: $bin_dir/caseapp"
echo "Check it with: $bin_dir/caseapp --self-test"
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "(add $bin_dir to your PATH to type just 'caseapp')" ;; esac
